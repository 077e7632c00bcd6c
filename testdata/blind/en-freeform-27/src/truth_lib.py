import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
def write(name, resume, lenient=(), ext=None):
    fn = name + ("." + ext if ext else "") + ".json"
    with open(os.path.join(HERE, "truth", fn), "w", encoding="utf-8") as f:
        json.dump({"resume": resume, "lenient": list(lenient)}, f, ensure_ascii=False, indent=1)
        f.write("\n")
