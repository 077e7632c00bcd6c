#!/usr/bin/python3
"""Writes the truth of a file that shows less than its person's truth.

usage: trim.py FILE   (e.g. en_daniel_okoro.pdf) -> prints the trimmed truth on stdout

TRIMS maps a file to the JSON paths (slash-separated, list indexes as numbers) that the file does not
show (typically a link target hidden behind a word or an icon, which a PDF, a DOCX or copied text
loses). Each path is removed from src/truth/NAME.json; every string under it goes to `lenient`
(a parser that still finds it is not penalised). A list or object left empty is removed too."""
import json, os, sys

TRIMS = {
    # Hugo Academic icon row: e-mail, GitHub, Google Scholar and 知乎 are icons whose targets only the HTML keeps
    "zh_luo_ming.pdf": ["basics/profiles"],
    # al-folio: the project name is a link; its target is not printed
    "en_daniel_okoro.pdf": ["projects/0/url"],
    # Docusaurus navbar: "GitHub ↗" is a link word; copied text keeps the word, not the target
    "en_emma_larsen.txt": ["basics/profiles"],
}

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def strings(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    elif isinstance(v, str):
        yield v


def drop(doc, path):
    keys = [int(k) if k.isdigit() else k for k in path.split("/")]
    chain = [doc]
    for k in keys[:-1]:
        chain.append(chain[-1][k])
    gone = chain[-1][keys[-1]]
    del chain[-1][keys[-1]]
    for parent, k in zip(reversed(chain[:-1]), reversed(keys[:-1])):
        if parent[k] in ({}, []):
            del parent[k]
    return gone


def main(f):
    name = f.rsplit(".", 1)[0]
    truth = json.load(open(os.path.join(HERE, "src", "truth", name + ".json"), encoding="utf-8"))
    for path in TRIMS[f]:
        for s in strings(drop(truth["resume"], path)):
            if s not in truth["lenient"]:
                truth["lenient"].append(s)
    json.dump(truth, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
