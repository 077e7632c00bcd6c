#!/usr/bin/env python3
"""JSON Resume -> groff -ms source (English resumes only).

  usage: to_groff.py RESUME.json OUT.ms      then: groff -k -ms -Tpdf OUT.ms > OUT.pdf
"""
import sys

import jrlib as J


def g(s):
    """Escape text for groff: backslashes, and a leading dot or quote."""
    s = (s or "").replace("\\", "\\e").strip()
    s = s.replace("\n", " ")
    if s[:1] in (".", "'"):
        s = "\\&" + s
    return s


def tl(left, right):
    for d in "|^~@#!":
        if d not in left and d not in right:
            return f".tl {d}{left}{d}{d}{right}{d}"
    return f".tl |{left.replace('|', '/')}||{right.replace('|', '/')}|"


def main():
    src, dst = sys.argv[1:3]
    r = J.load(src)
    lg = "en"
    b = r.get("basics", {})
    o = []
    w = o.append
    w(".nr PS 10")
    w(".nr VS 12")
    w(".nr PO 0.9i")
    w(".nr LL 6.7i")
    w(".nr HM 0.7i")
    w(".nr FM 0.7i")
    w(".nr PI 1.5n")
    w(".ds CH")
    w(".ds CF")
    w(".lt 6.7i")
    w(".TL")
    w(g(J.names(r)[0]))
    if b.get("label"):
        w(".AU")
        w(g(b["label"]))
    cs = [g(t) for k, t, u in J.contacts(r, lg)]
    w(".AI")
    half = (len(cs) + 1) // 2
    w(" \\(bu ".join(cs[:half]))
    if cs[half:]:
        w(".br")
        w(" \\(bu ".join(cs[half:]))
    for s in J.blocks(r, lg, "mon", sep=" \\(en ", alt=0):
        w(".SH")
        w(g(s["title"]).upper())
        if s["kind"] == "text":
            for p in s["items"]:
                w(".LP")
                w(g(p))
        elif s["kind"] == "entries":
            for e in s["items"]:
                w(".sp 0.4")
                w(".ne 4")
                w(".ft B")
                w(tl(g(e["org"]), e["date"]))
                w(".ft R")
                if e["role"] or e["loc"]:
                    w(".ft I")
                    w(tl(g(e["role"]), g(e["loc"])))
                    w(".ft R")
                for lab, t in e["paras"]:
                    w(".LP")
                    w((f"\\fB{g(lab)}:\\fP " if lab else "") + g(t))
                for h in e["bullets"]:
                    w(".IP \\(bu 2")
                    w(g(h))
                if e.get("url"):
                    w(".LP")
                    w(g(e["url"]))
        elif s["kind"] == "pairs":
            for a, t in s["items"]:
                w(".IP \\(bu 2")
                w((f"\\fB{g(a)}:\\fP " if a else "") + g(t))
        else:
            for t in s["items"]:
                w(".IP \\(bu 2")
                w(g(t))
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


if __name__ == "__main__":
    main()
