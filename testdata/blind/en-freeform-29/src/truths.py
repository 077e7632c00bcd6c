"""Writes src/truth/NAME.json from the hand-written dicts in truth_en1.py, truth_en2.py and truth_bi.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import truth_en1, truth_en2, truth_bi
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(here, "truth"), exist_ok=True)
n = 0
for mod in (truth_en1, truth_en2, truth_bi):
    for name, (resume, lenient) in mod.T.items():
        with open(os.path.join(here, "truth", name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"resume": resume, "lenient": lenient}, f, ensure_ascii=False, indent=2)
            f.write("\n")
        n += 1
print(f"wrote {n} person truths")
