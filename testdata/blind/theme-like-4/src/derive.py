#!/usr/bin/python3
"""Writes NAME.EXT.truth.json for every format of every person from the hand-written src/truth/NAME.json.

src/truth/NAME.json is the truth of NAME.html: everything the page shows, link targets included.
For each other format, a string the format does not show (a URL behind link text in the PDF/TXT/DOCX)
is removed from the resume and added to "lenient"; an object left with nothing but a network name or
a country code is removed with it. A profile whose url is not shown loses its username too, unless the
format shows it as `@username` (a handle or profile URL that only occurs inside another URL is not shown). usage: derive.py [NAME...]
"""
import copy, glob, json, os, re, sys
sys.dont_write_bytecode = True
from textof import DATE_KEYS, SKIP_KEYS, Haystack, squeeze, text_of

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def profile_shown(url, hay):
    """A profile URL is shown only where it is not the start of a longer URL (a repository link
    github.com/user/repo does not show the profile github.com/user)."""
    u = re.sub(r"^(https?://|mailto:)", "", url).rstrip("/").casefold()
    raw = hay.raw.casefold()
    for m in re.finditer(re.escape(u), raw):
        if not re.match(r"/\w", raw[m.end():m.end() + 2]):
            return True
    return False


def prune(v, hay, key, dropped):
    if isinstance(v, dict) and "network" in v and isinstance(v.get("url"), str) and not profile_shown(v["url"], hay):
        # a profile shown only as an icon or a link word (`GitHub`): its url is not shown, and its username
        # is shown only where written as @handle (a handle inside a repository URL is not a profile)
        dropped.append(v["url"])
        v = {k: x for k, x in v.items() if k != "url"}
        u = v.get("username")
        if isinstance(u, str) and not hay.has("@" + u, "username"):
            dropped.append(u)
            v = {k: x for k, x in v.items() if k != "username"}
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            y = prune(x, hay, k, dropped)
            if y is not None:
                out[k] = y
        if not out or set(out) <= SKIP_KEYS:
            return None
        return out
    if isinstance(v, list):
        out = [y for y in (prune(x, hay, key, dropped) for x in v) if y is not None]
        return out or None
    if isinstance(v, str) and key not in DATE_KEYS and key not in SKIP_KEYS and not hay.has(v, key):
        dropped.append(v)
        return None
    return v


def main(names):
    names = names or sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "src/truth/*.json")))
    for n in names:
        src = json.load(open(os.path.join(HERE, "src/truth", n + ".json"), encoding="utf-8"))
        for ext in ("html", "pdf", "txt", "docx"):
            f = os.path.join(HERE, n + "." + ext)
            if not os.path.exists(f):
                continue
            hay = Haystack(text_of(f), interleaved=ext in ("pdf", "txt"))
            dropped = []
            resume = prune(copy.deepcopy(src["resume"]), hay, "", dropped)
            # a section whose entries lost their only keys (dates alone) stays; empty ones go
            lenient = list(src["lenient"])
            for d in dropped:
                if d not in lenient:
                    lenient.append(d)
            with open(f + ".truth.json", "w", encoding="utf-8") as w:
                json.dump({"resume": resume, "lenient": lenient}, w, ensure_ascii=False, indent=2)
                w.write("\n")
            print("%-40s dropped %d" % (os.path.basename(f), len(dropped)), *dropped[:6], sep="  ")


if __name__ == "__main__":
    main(sys.argv[1:])
