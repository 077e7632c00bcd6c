#!/usr/bin/env python3
"""Copy each person's truth beside each of that person's files.

src/truth/NAME.EXT.json (a file-specific truth) wins over src/truth/NAME.json.
"""
import json
import os
import sys

SRC = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(SRC)
SKIP = {"README.md", "split.json", "src"}


def files():
    for f in sorted(os.listdir(SET)):
        if f in SKIP or f.endswith(".truth.json") or f.startswith("."):
            continue
        yield f


def main():
    n = 0
    for f in files():
        stem = f.split(".")[0]
        cand = [os.path.join(SRC, "truth", f + ".json"), os.path.join(SRC, "truth", stem + ".json")]
        src = next((c for c in cand if os.path.exists(c)), None)
        if src is None:
            sys.exit("no truth for " + f)
        doc = json.load(open(src, encoding="utf-8"))
        with open(os.path.join(SET, f + ".truth.json"), "w", encoding="utf-8") as out:
            json.dump(doc, out, ensure_ascii=False, indent=2)
            out.write("\n")
        n += 1
    print("truths:", n)


if __name__ == "__main__":
    main()
