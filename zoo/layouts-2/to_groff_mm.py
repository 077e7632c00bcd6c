#!/usr/bin/env python3
"""JSON Resume -> groff -mm source (English resumes only).

  usage: to_groff_mm.py RESUME.json OUT.mm     then: groff -k -mm -Tpdf OUT.mm > OUT.pdf
Numbered -mm headings (.H 1: `1. Experience`), entries in variable-item lists
(.VL) with the dates as the item mark and nested bullet lists (.BL), skills in
a .VL with the group name as mark, a page footer with the page number.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "layouts"))
import jrlib as J  # noqa: E402


def g(s):
    """Escape text for groff: backslashes, and a leading dot or quote."""
    s = (s or "").replace("\\", "\\e").strip().replace("\n", " ")
    if s[:1] in (".", "'"):
        s = "\\&" + s
    return s


def q(s):
    """A macro argument in double quotes."""
    return '"%s"' % g(s).replace('"', "\\(dq")


def main():
    src, dst = sys.argv[1:3]
    r = J.load(src)
    lg = "en"
    b = r.get("basics", {})
    o = []
    w = o.append
    w(".\\\" resume, groff -mm")
    w(".S 10 12")
    w(".SA 0")           # ragged right
    w(".nr W 6.6i")
    w(".nr Hb 1")        # break after every heading level
    w(".nr Hs 1")        # blank line after every heading level
    w(".nr Hu 1")
    w(".nr Ej 0")
    w('.ds HF 3 3 2')
    w('.ds HP 12 10 10')
    w('.nr Pt 0')
    w('.nr Ls 1')
    w('.PH ""')
    w(".PF \"''\\- \\\\\\\\nP \\-''\"")
    name, _ = J.names(r)
    w(".ce 1")
    w(".S 20")
    w("\\fB%s\\fP" % g(name))
    w(".S P")
    if b.get("label"):
        w(".ce 1")
        w(".S 12")
        w("\\fI%s\\fP" % g(b["label"]))
        w(".S P")
    w(".SP 0.5")
    cs = [txt for _, txt, _ in J.contacts(r, lg)]
    lines = [cs[i:i + 3] for i in range(0, len(cs), 3)]
    for ln in lines:
        w(".ce 1")
        w(" \\(bu ".join(g(x) for x in ln))
    w(".SP 1")
    for s in J.blocks(r, lg, "mon", sep=" \u2013 ", alt=0):
        w(".H 1 %s" % q(s["title"]))
        if s["kind"] == "text":
            for t in s["items"]:
                w(".P")
                w(g(t))
        elif s["kind"] == "entries":
            w(".VL 1.45i 0.1i")
            for e in s["items"]:
                w(".LI %s" % q(e["date"] or "\\&"))
                head = "\\fB%s\\fP" % g(e["org"])
                if e["role"]:
                    head += ", \\fI%s\\fP" % g(e["role"])
                if e["loc"]:
                    head += " \\(em " + g(e["loc"])
                w(head)
                if e["url"]:
                    w(".br")
                    w(g(J.strip_scheme(e["url"])))
                for lab, t in e["paras"]:
                    w(".br")
                    w(("\\fI%s:\\fP " % g(lab) if lab else "") + g(t))
                if e["bullets"]:
                    w(".BL 1.2n 1")
                    for h in e["bullets"]:
                        w(".LI")
                        w(g(h))
                    w(".LE")
            w(".LE 1")
        elif s["kind"] == "pairs":
            w(".VL 1.45i 0.1i 1")
            for a, t in s["items"]:
                w(".LI %s" % q(a or "\\&"))
                w(g(t))
            w(".LE")
        else:
            w(".BL 1.2n 1")
            for t in s["items"]:
                w(".LI")
                w(g(t))
            w(".LE")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


if __name__ == "__main__":
    main()
