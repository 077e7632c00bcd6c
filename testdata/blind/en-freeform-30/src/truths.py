"""Write src/truth/NAME.json (one per person) from the Python sources in src/truthsrc/.
A source may define OVERRIDES = {ext: (T, LENIENT)} for one file; that goes to src/truth/NAME.EXT.json."""
import json, os, glob, importlib.util
SRC = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(SRC, "truth")
os.makedirs(out, exist_ok=True)
for f in sorted(glob.glob(os.path.join(SRC, "truthsrc", "*.py"))):
    name = os.path.basename(f)[:-3]
    spec = importlib.util.spec_from_file_location(name, f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"resume": m.T, "lenient": m.LENIENT}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for ext, (t, l) in getattr(m, "OVERRIDES", {}).items():
        with open(os.path.join(out, f"{name}.{ext}.json"), "w", encoding="utf-8") as fh:
            json.dump({"resume": t, "lenient": l}, fh, ensure_ascii=False, indent=1); fh.write("\n")
