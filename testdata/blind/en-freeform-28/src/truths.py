"""Write src/truth/NAME.json for every person from the hand-written dicts in truth_en1.py, truth_en2.py, truth_bi.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import truth_en1, truth_en2, truth_bi
os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
n = 0
for mod in (truth_en1, truth_en2, truth_bi):
    for name, (resume, lenient) in mod.P.items():
        with open(os.path.join(HERE, "truth", name + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"resume": resume, "lenient": lenient}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        n += 1
print("wrote", n, "truths")
