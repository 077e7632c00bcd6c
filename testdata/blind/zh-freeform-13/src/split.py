"""Write split.json: people (not files) are split dev/test, stratified by language group.

Per group — zh_ (Simplified), then tw_ + hk_ (Traditional), then bi_ (Chinese-led bilingual) — the
people are sorted, shuffled with ONE random.Random(seed) and dealt alternately to dev and test, the
alternation carrying on across groups. The seed starts at BASE and is raised until both sides hold
every format (txt, md, html, docx, pdf); the seed used is written into split.json."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
BASE = 20250613
EXTS = (".md", ".txt", ".docx", ".pdf", ".html")

files = sorted(f for f in os.listdir(SET) if f.endswith(EXTS) and f != "README.md")
people = {}
for f in files:
    people.setdefault(os.path.splitext(f)[0], []).append(f)
groups = [sorted(p for p in people if p.startswith("zh_")),
          sorted(p for p in people if p.startswith(("tw_", "hk_"))),
          sorted(p for p in people if p.startswith("bi_"))]


def deal(seed):
    rng = random.Random(seed)
    side, turn = {"dev": [], "test": []}, 0
    for g in groups:
        g = list(g)
        rng.shuffle(g)
        for p in g:
            side["dev" if turn % 2 == 0 else "test"].append(p)
            turn += 1
    return side


seed = BASE
while True:
    side = deal(seed)
    ok = all({os.path.splitext(f)[1] for p in side[s] for f in people[p]} >= set(EXTS) for s in side)
    if ok:
        break
    seed += 1

out = {
    "method": (f"split by person, stratified by language group (zh_; tw_+hk_; bi_): each group sorted, shuffled with "
               f"one random.Random({seed}) and dealt alternately to dev and test, the alternation continuing across "
               f"groups; the seed starts at {BASE} and is raised until both sides hold every format "
               f"(txt, md, html, docx, pdf) — {seed} is the seed used"),
    "dev": sorted(f for p in side["dev"] for f in people[p]),
    "test": sorted(f for p in side["test"] for f in people[p]),
}
with open(os.path.join(SET, "split.json"), "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
print(f"split: seed {seed}; dev {len(side['dev'])} people / {len(out['dev'])} files, "
      f"test {len(side['test'])} people / {len(out['test'])} files")
