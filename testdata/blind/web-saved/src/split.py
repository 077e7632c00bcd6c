#!/usr/bin/python3
"""Writes split.json: half of the files of each language group (zh, en, bi) go to the test side,
whole résumés at a time (all formats of one person on one side). Persons are shuffled with a fixed
seed; each is put on the test side while that keeps the group's test files within half (rounded up
for a group of odd size, so that the two bilingual people fall one each way)."""
import glob, json, os, random

SEED = 20261207
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
    target = (sum(len(persons[p]) for p in names) + 1) // 2
    got = 0
    for p in names:
        if got + len(persons[p]) <= target:
            test.append(p)
            got += len(persons[p])
        else:
            dev.append(p)
out = {
    "method": "per language group (zh, en, bi), persons shuffled with random.Random(seed) and put on the test "
              "side while the group's test files stay within half; every format of a person is on one side. "
              "The parser's engineers never look at the test files' failures.",
    "seed": SEED,
    "test": sorted(f for p in test for f in persons[p]),
    "dev": sorted(f for p in dev for f in persons[p]),
    "resumes": {"test": sorted(test), "dev": sorted(dev)},
}
with open(os.path.join(HERE, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(len(out["test"]), "test files,", len(out["dev"]), "dev files")
