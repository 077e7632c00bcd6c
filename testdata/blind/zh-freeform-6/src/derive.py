#!/usr/bin/python3
"""Write NAME.EXT.truth.json beside every file of the set from src/truth/NAME.json
(or from src/truth/NAME.EXT.json where a file prints less than the person's truth)."""
import json, os, sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
SKIP = {"README.md", "split.json"}


def files():
    for f in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, f)
        if os.path.isfile(p) and f not in SKIP and not f.endswith(".truth.json"):
            yield f


def main():
    n = 0
    for f in files():
        name = f.split(".")[0]
        t = os.path.join(SRC, "truth", f + ".json")
        if not os.path.exists(t):
            t = os.path.join(SRC, "truth", name + ".json")
        if not os.path.exists(t):
            print("no truth for", f, file=sys.stderr)
            continue
        data = json.load(open(t, encoding="utf-8"))
        with open(os.path.join(OUT, f + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        n += 1
    print("truths written:", n)


if __name__ == "__main__":
    main()
