"""Writes split.json: shuffle whole people with random.Random(20261205); take people onto the test side
in that order while the test files stay within half of all files (a person who would overflow is skipped)."""
import json, os, random, collections
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC)
SEED = 20261205
files = sorted(f for f in os.listdir(OUT) if f.rsplit(".", 1)[-1] in ("md", "txt", "docx", "pdf", "html") and f.startswith("zh_"))
people = collections.OrderedDict()
for f in files: people.setdefault(f.rsplit(".", 1)[0], []).append(f)
names = sorted(people); random.Random(SEED).shuffle(names)
test, limit = [], len(files) // 2
for n in names:
    if len(test) + len(people[n]) <= limit: test += people[n]
json.dump({"method": "whole people shuffled with random.Random(seed); people taken onto the test side in that order while the test files stay within half of all files (a person who would overflow is skipped); all files of one person on one side",
           "seed": SEED, "test": sorted(test)}, open(os.path.join(OUT, "split.json"), "w"), ensure_ascii=False, indent=1)
print(f"test {len(test)} / {len(files)} files")
