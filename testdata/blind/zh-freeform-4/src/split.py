#!/usr/bin/python3
"""Writes split.json: half of the files of each language group (zh, en, bi) go to the test side,
whole résumés at a time (all formats of one person on one side). Persons are shuffled with a fixed
seed; each is put on the test side while that keeps the group's test files within half."""
import glob, json, os, random

SEED = 20261206
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(os.path.basename(f)[:-len(".truth.json")] for f in glob.glob(os.path.join(HERE, "*.truth.json")))
persons = {}
for f in files:
    persons.setdefault(f.rsplit(".", 1)[0], []).append(f)
rng = random.Random(SEED)
test, dev = [], []
for group in ("zh", "en", "bi"):
    names = sorted(p for p in persons if p.startswith(group + "_"))
    rng.shuffle(names)
    target = sum(len(persons[p]) for p in names) // 2
    got = 0
    for p in names:
        if got + len(persons[p]) <= target:
            test.append(p)
            got += len(persons[p])
        else:
            dev.append(p)
# A test résumé that the parser's engineers saw (en_viktor_hale: the parser
# refused it as "not a resume" when the set was first scored, and the error
# was looked into) is no longer blind: it goes to dev, and a dev résumé of
# the same group and size, drawn with the same seed, takes its place.
SEEN = ["en_viktor_hale"]
for p in SEEN:
    if p in test:
        size = len(persons[p])
        same = sorted(q for q in dev if q[:3] == p[:3] and len(persons[q]) == size)
        q = random.Random(SEED).choice(same)
        test.remove(p); dev.remove(q); test.append(q); dev.append(p)
out = {
    "method": "per language group (zh, en, bi), persons shuffled with random.Random(seed) and put on the test "
              "side while the group's test files stay within half; every format of a person is on one side. "
              "The parser's engineers never look at the test files' failures; a test résumé they saw moves to dev (SEEN in src/split.py).",
    "seed": SEED,
    "test": sorted(f for p in test for f in persons[p]),
    "dev": sorted(f for p in dev for f in persons[p]),
    "resumes": {"test": sorted(test), "dev": sorted(dev)},
}
with open(os.path.join(HERE, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(len(out["test"]), "test files,", len(out["dev"]), "dev files")
