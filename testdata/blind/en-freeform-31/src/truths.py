"""Write src/truth/NAME.json (one per person) from the hand-written dicts in src/truthsrc/*.py.
A dict may carry overrides={ext: (resume, lenient)}, written to src/truth/NAME.EXT.json (none is used)."""
import json, os, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
ALL = {}
for mod in ("en1", "en2", "en3", "bi"):
    spec = importlib.util.spec_from_file_location(mod, os.path.join(HERE, "truthsrc", mod + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    ALL.update(m.P)
os.makedirs(os.path.join(HERE, "truth"), exist_ok=True)
for name, p in sorted(ALL.items()):
    with open(os.path.join(HERE, "truth", name + ".json"), "w", encoding="utf-8") as f:
        json.dump({"resume": p["resume"], "lenient": p["lenient"], "files": p["files"]}, f, ensure_ascii=False, indent=2)
    for ext, (res, len_) in p.get("overrides", {}).items():
        with open(os.path.join(HERE, "truth", f"{name}.{ext}.json"), "w", encoding="utf-8") as f:
            json.dump({"resume": res, "lenient": len_}, f, ensure_ascii=False, indent=2)
print(len(ALL), "people")
