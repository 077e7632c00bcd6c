"""split.json: by person, stratified by prefix; per prefix the people are sorted and shuffled with one
random.Random(SEED) (en first, then bi); the first half (en rounds up, bi rounds down) go to test."""
import os, json, random
SEED = 20260404
SRC = os.path.dirname(os.path.abspath(__file__)); SET = os.path.dirname(SRC)
EXTS = (".txt", ".md", ".html", ".pdf", ".docx")
files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
person = lambda f: os.path.splitext(f)[0]
rng = random.Random(SEED)
dev, test = [], []
for prefix, roundup in (("en", True), ("bi", False)):
    people = sorted({person(f) for f in files if f.startswith(prefix + "_")})
    rng.shuffle(people)
    k = (len(people) + 1) // 2 if roundup else len(people) // 2
    for i, p in enumerate(people):
        (test if i < k else dev).extend(f for f in files if person(f) == p)
json.dump({"method": "by person, stratified by prefix (en, bi); people sorted then shuffled with random.Random(seed), en first; "
           "first ceil(n/2) en people and floor(n/2) bi people to test, the rest to dev",
           "seed": SEED, "dev": sorted(dev), "test": sorted(test)},
          open(os.path.join(SET, "split.json"), "w"), indent=1)
print("dev", len(dev), "test", len(test))
