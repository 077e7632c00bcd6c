#!/usr/bin/env python3
"""Generates the damaged outputs for the *.truth.json files copied from
shared/truth (cf11, df14). Run from this directory; the outputs are checked
in, so this only documents how they were made. Expectations come from
`go test ./score -update`, which runs shared/tools/score.py."""
import copy
import json
import random
import sys

sys.path.insert(0, "../../../shared/tools")
from score import dice  # noqa: E402


def save(name, doc):
    with open(name, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


def near(s, rng, lo, hi, tries=4000):
    """A perturbation of s whose Dice with s lies in [lo, hi)."""
    pool = "的了和是在有我他这中大来上个国到说们为子和你地出道也时年abcdexyz"
    best = None
    for _ in range(tries):
        cs = list(s)
        for _ in range(rng.randint(1, max(1, len(cs) // 2))):
            op = rng.random()
            i = rng.randrange(len(cs)) if cs else 0
            if op < 0.4 and cs:
                del cs[i]
            elif op < 0.8 and cs:
                cs[i] = rng.choice(pool)
            else:
                cs.insert(i, rng.choice(pool))
        t = "".join(cs)
        d = dice(s, t)
        if lo <= d < hi:
            return t
        if best is None or abs(d - (lo + hi) / 2) < abs(dice(s, best) - (lo + hi) / 2):
            best = t
    return best


def variants(base):
    doc = json.load(open(base + ".truth.json", encoding="utf-8"))
    res, lenient = doc["resume"], doc.get("lenient", [])
    rng = random.Random(base)
    out = {}

    out["self"] = copy.deepcopy(res)

    r = copy.deepcopy(res)
    b = r["basics"]
    b.pop("email", None)
    b["phone"] = ""
    if b.get("profiles"):
        b["profiles"].pop(0)
    r["work"][1].pop("endDate", None)
    r["work"][1].pop("summary", None)
    del r["work"][2]
    for e in r.get("education", []):
        e.pop("area", None)
    r["skills"].pop(1)
    for a in r.get("awards", []):
        a.pop("date", None)
    if r.get("projects"):
        r["projects"][0]["keywords"] = r["projects"][0]["keywords"][:2]
        r["projects"][1].pop("highlights", None)
    out["removed"] = r

    r = copy.deepcopy(res)
    fmts = [lambda d: d.replace("-", "."), lambda d: d[:5] + d[5:].lstrip("0"),
            lambda d: d + "-01", lambda d: str(int(d[:4]) + 1) + d[4:], lambda d: d]
    for i, w in enumerate(r["work"]):
        if "startDate" in w:
            w["startDate"] = fmts[i % len(fmts)](w["startDate"])
        if "endDate" in w and i % 2:
            w["endDate"] = fmts[(i + 1) % len(fmts)](w["endDate"])
    r["work"][0]["endDate"] = "至今"
    r["work"][-1]["startDate"] = r["work"][-1]["startDate"].replace("-", "\u2013")
    for e in r.get("education", []):
        e["startDate"] = e["startDate"] + "-09"
        e["endDate"] = "\uff12\uff10\uff10\uff13"
    for a in r.get("awards", []):
        if "date" in a:
            a["date"] = a["date"] + "年"
        else:
            a["date"] = "2020"
    out["dates"] = r

    r = copy.deepcopy(res)
    r["basics"]["name"] = r["basics"]["name"][::-1]
    r["basics"]["email"] = r["basics"]["email"].upper() + " "
    w = r["work"]
    w[0]["position"], w[1]["position"] = w[1]["position"], w[0]["position"]
    w[2]["name"] = "Acme Widgets Ltd"
    w[3]["name"], w[3]["position"] = "Initech", "Staff Engineer"
    if r.get("projects"):
        r["projects"][0]["name"] = "Unrelated Garden Project"
    for a in r.get("awards", [])[:1]:
        a["title"] = "Employee of the Month"
    out["names"] = r

    r = copy.deepcopy(res)
    r["work"].append({"name": lenient[0], "startDate": "2001-01"})
    r["work"].append({"name": "Globex", "position": "Intern", "startDate": "2000-07", "endDate": "2000-09",
                      "summary": "Made coffee."})
    r["work"].append(copy.deepcopy(res["work"][0]))
    r["work"].append("not an object")
    r.setdefault("projects", []).append({"name": "Side quest", "keywords": ["Go", "Rust"], "startDate": "2019"})
    r.setdefault("awards", []).append({"title": lenient[-1]})
    r.setdefault("awards", []).append({"title": "Chess club champion", "date": "1998"})
    r["languages"] = [{"language": "English", "fluency": "Fluent"}, {"language": ""}]
    r["certificates"] = [{"name": "Certified Kubernetes Administrator", "date": "2021-05"}]
    r["volunteer"] = [{"organization": "Food bank", "position": "Driver", "startDate": "2015"}, {}]
    r["publications"] = r.get("publications", []) + [{"name": "Notes on consensus", "releaseDate": "2019-03-01"}]
    r["basics"]["url"] = r["basics"].get("url") or "https://example.org"
    r["basics"]["location"] = {"city": "Springfield", "countryCode": "US"}
    r["basics"]["label"] = r["basics"].get("label") or lenient[1]
    out["extra"] = r

    r = copy.deepcopy(res)
    for s in r["skills"]:
        s["keywords"] = s["keywords"] + ["COBOL"]
    r["skills"][0]["keywords"] = list(reversed(r["skills"][0]["keywords"])) + [r["skills"][0]["keywords"][0], None, ""]
    r["skills"].append({"name": lenient[2], "keywords": lenient[:3] + ["Fortran"]})
    r["skills"].append({"keywords": "Go, Rust"})
    r["skills"].append("Haskell")
    r["skills"][1]["name"] = r["skills"][1]["name"] + "与实践"
    r["skills"][2].pop("name")
    out["skills"] = r

    r = copy.deepcopy(res)
    b = r["basics"]
    profs = b.get("profiles") or [{"network": "Home", "url": b.get("url")}]
    rng.shuffle(profs)
    profs[0] = dict(profs[0], url="HTTP://WWW." + profs[0]["url"].split("://", 1)[1] + "//")
    profs.append({"network": "Twitter", "username": "someone"})
    profs.append({"network": "Mastodon", "url": None})
    profs.append({"network": "Blog", "url": "https://blog.example.com/"})
    profs.append("https://example.net/not-an-object")
    b["profiles"] = profs
    b["url"] = "www." + b["url"].split("://", 1)[1] + "/" if b.get("url") else "https://portfolio.example.com"
    b["phone"] = "+86 " + b["phone"]
    out["profiles"] = r

    r = copy.deepcopy(res)
    for sec, keys in (("work", ("name", "position")), ("projects", ("name",)), ("awards", ("title",)),
                      ("publications", ("name",)), ("education", ("institution", "area"))):
        for i, e in enumerate(r.get(sec, [])):
            lo, hi = ((0.55, 0.6), (0.6, 0.66))[i % 2]
            for k in keys:
                if isinstance(e.get(k), str) and len(e[k]) > 2:
                    e[k] = near(e[k], rng, lo, hi)
            for k in ("summary", "description"):
                if isinstance(e.get(k), str):
                    e[k] = near(e[k], rng, 0.5, 0.7, 300)
            if isinstance(e.get("highlights"), list):
                e["highlights"] = [h for j, h in enumerate(e["highlights"]) if j % 3 != 1]
    r["basics"]["name"] = r["basics"]["name"] + "\u3000"
    if r["basics"].get("label"):
        r["basics"]["label"] = near(r["basics"]["label"], rng, 0.6, 0.66)
    out["reworded"] = r

    r = copy.deepcopy(out["names"])
    out["lines"] = r  # written as JSON Lines below

    out["empty"] = {}

    r = copy.deepcopy(res)
    w = r["work"]
    w[0]["startDate"] = int(w[0]["startDate"][:4])
    w[0]["endDate"] = 2024.5
    w[1]["position"] = ["lead", "manager"]
    w[1]["endDate"] = None
    w[2]["name"] = {"zh": w[2]["name"], "en": "Company"}
    w[3]["position"] = True
    w[-1]["endDate"] = 0
    r["basics"]["phone"] = 8613800138000
    r["basics"]["email"] = False
    r["basics"]["label"] = "It's \"quoted\"\tand\nsplit \\ back\xa0slash\u200b"
    r["basics"]["location"] = "not an object"
    r["awards"] = [{"title": 1e16, "date": 2018.0}, {"title": "O'Brien prize", "date": 1e-5}]
    r["skills"][0]["keywords"] = "Go"
    r["skills"][1]["name"] = 3.0
    out["types"] = r

    for k, v in out.items():
        if k == "lines":
            with open(f"{base}.{k}.out.jsonl", "w", encoding="utf-8") as f:
                f.write("\n  " + json.dumps(v, ensure_ascii=False) + "\n")
                f.write(json.dumps(res, ensure_ascii=False) + "\n")
        else:
            save(f"{base}.{k}.out.json", v)


for base in ("cf11", "df14"):
    variants(base)
