#!/usr/bin/env python3
"""Write NAME.EXT.truth.json beside every file of the set: the person's truth (src/truth/NAME.json),
with the per-file changes of src/truth/overrides.json applied."""
import copy
import json
import os
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
EXTS = (".tex", ".pdf", ".docx", ".md", ".txt", ".html")


def drop(doc, pointer):
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
    node = doc
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    last = parts[-1]
    if isinstance(node, list):
        del node[int(last)]
    else:
        del node[last]


def set_files():
    files = []
    for f in sorted(os.listdir(OUT)):
        if f.endswith(EXTS) and not f.endswith(".truth.json") and os.path.isfile(os.path.join(OUT, f)):
            if f in ("README.md",):
                continue
            files.append(f)
    return files


def main(names):
    overrides = json.load(open(os.path.join(SRC, "truth", "overrides.json"), encoding="utf-8"))
    n = 0
    for f in set_files():
        person, ext = os.path.splitext(f)
        if names and person not in names:
            continue
        base = json.load(open(os.path.join(SRC, "truth", person + ".json"), encoding="utf-8"))
        truth = copy.deepcopy(base)
        ov = overrides.get(f)
        if ov:
            for ptr in sorted(ov.get("drop", []), key=lambda p: [(1, int(x)) if x.isdigit() else (0, x) for x in p.split("/")[1:]],
                              reverse=True):
                drop(truth, ptr)
            truth["lenient"] = truth.get("lenient", []) + [s for s in ov.get("lenient", []) if s not in truth.get("lenient", [])]
        with open(os.path.join(OUT, f + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        n += 1
    print(f"truths -> {n} files")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
