#!/usr/bin/env python3
"""Write OUT/NAME.EXT.truth.json from src/truth/NAME.json.
src truth = {"resume": ..., "lenient": [...], "drop": {"pdf": [...], "txt": [...], "docx": [...]}}
A string in drop[ext] is removed from that file's resume wherever it is a value and appended to its
lenient list (link targets the format does not print, etc.). A profile left with only a network goes."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)

def strip(o, bad):
    if isinstance(o, dict):
        r = {}
        for k, v in o.items():
            if isinstance(v, str) and v in bad: continue
            v2 = strip(v, bad)
            if isinstance(v2, list) and isinstance(v, list) and v and not v2 and k in ("keywords", "highlights", "roles", "courses"):
                continue
            r[k] = v2
        return r
    if isinstance(o, list):
        r = [strip(x, bad) for x in o if not (isinstance(x, str) and x in bad)]
        return r
    return o

def derive(name):
    src = json.load(open(os.path.join(HERE, "truth", name + ".json"), encoding="utf-8"))
    exts = [e for e in ("html", "pdf", "txt", "docx", "md") if os.path.exists(os.path.join(OUT, f"{name}.{e}"))]
    for ext in exts:
        bad = set(src.get("drop", {}).get(ext, []))
        res = strip(src["resume"], bad)
        b = res.get("basics", {})
        if "profiles" in b:
            b["profiles"] = [p for p in b["profiles"] if set(p) - {"network"}]
            if not b["profiles"]: del b["profiles"]
        len_ = list(src.get("lenient", [])) + [s for s in src.get("drop", {}).get(ext, []) if s not in src.get("lenient", [])]
        json.dump({"resume": res, "lenient": len_}, open(os.path.join(OUT, f"{name}.{ext}.truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "truth")) if f.endswith(".json"))
    for n in names: derive(n)
