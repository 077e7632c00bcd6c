"""Copy src/truth/NAME.json to NAME.EXT.truth.json for each file of the person (NAME.EXT.json wins if present)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
n = 0
for fn in sorted(os.listdir(os.path.join(HERE, "truth"))):
    if fn.count(".") != 1:
        continue
    name = fn[:-5]
    d = json.load(open(os.path.join(HERE, "truth", fn), encoding="utf-8"))
    for ext in d["files"]:
        ov = os.path.join(HERE, "truth", f"{name}.{ext}.json")
        t = json.load(open(ov, encoding="utf-8")) if os.path.exists(ov) else {"resume": d["resume"], "lenient": d["lenient"]}
        with open(os.path.join(OUT, f"{name}.{ext}.truth.json"), "w", encoding="utf-8") as f:
            json.dump({"resume": t["resume"], "lenient": t["lenient"]}, f, ensure_ascii=False, indent=2)
        n += 1
print(n, "truth files")
