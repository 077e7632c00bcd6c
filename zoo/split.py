#!/usr/bin/env python3
"""Write testdata/zoo/split.json: which layouts are dev and which are test.

A layout is a test layout when the SHA-256 of SALT + its name, read as a
number, is divisible by 3: a third of the layouts at random, and a layout
keeps its part when layouts are added. Test layouts are never debugged
against: they estimate how resumex does on layouts it has not seen.
"""
import hashlib, json, os, sys

SALT = "resumex zoo split 2026-12-04/"
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "testdata", "zoo")
layouts = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
dev, test = [], []
for l in layouts:
    h = int(hashlib.sha256((SALT + l).encode()).hexdigest(), 16)
    (test if h % 3 == 0 else dev).append(l)
out = {
    "method": "test if int(sha256(salt + layout)) % 3 == 0 (zoo/split.py)",
    "salt": SALT,
    "dev": dev,
    "test": test,
}
with open(os.path.join(root, "split.json"), "w") as f:
    json.dump(out, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"{len(dev)} dev, {len(test)} test layouts", file=sys.stderr)
