#!/usr/bin/env python3
"""JSON Resume -> lightweight markup sources a user would write by hand.

  usage: to_markup.py rst|adoc RESUME.json OUT
  rst   reStructuredText: title, a contact field list, entries as definition
        lists (term `**Employer** — Title`, dates in italics), skills as a
        field list; read by pandoc's rst reader
  adoc  AsciiDoc: level-2 sections, `=== Employer` entry titles with a
        `Title · dates · place` line, education as a table, skills as a
        labeled list; rendered by Asciidoctor
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "layouts"))
import jrlib as J  # noqa: E402

DATES = {"rst": ("month", "dot"), "adoc": ("mon", "zh")}


# ------------------------------------------------------------------ rst

def rst(s):
    s = (s or "").strip().replace("\\", "\\\\")
    s = re.sub(r"([*`|_])", r"\\\1", s)
    return s


def rst_link(url, text):
    if not url:
        return rst(text)
    return "`%s <%s>`__" % (text.replace("`", "").replace("<", "(").replace(">", ")"), url)


def to_rst(r, lg):
    ds = DATES["rst"][0 if lg == "en" else 1]
    o = []
    w = o.append
    name, alt = J.names(r)
    title = name + (f" / {alt}" if alt else "")
    bar = "=" * (J.width(title) + 2)
    w(bar)
    w(" " + rst(title))
    w(bar)
    w("")
    b = r.get("basics", {})
    if b.get("label"):
        w("*%s*" % rst(b["label"]))
        w("")
    else:
        w(rst(J.heading("contact", lg)))
        w("")
    for kind, txt, url in J.contacts(r, lg):
        lab = kind.split(":", 1)[1] if kind.startswith("profile:") else J.label(kind, lg)
        val = rst_link(url, txt) if kind.startswith("profile:") or kind == "url" else rst(txt)
        w(":%s: %s" % (rst(lab).replace(":", "\\:"), val))
    w("")
    ul = "-"

    def section(t):
        w(rst(t))
        w(ul * (J.width(rst(t)) + 1))
        w("")

    blocks = J.blocks(r, lg, ds, sep=" – ", alt=1)
    for s in blocks:
        section(s["title"])
        if s["kind"] == "text":
            for p in s["items"]:
                w(rst(p))
                w("")
        elif s["kind"] == "entries":
            for e in s["items"]:
                term = "**%s**" % rst(e["org"]) if not e["url"] else rst_link(e["url"], e["org"])
                if e["role"]:
                    term += " — " + rst(e["role"])
                w(term)
                meta = []
                if e["date"]:
                    meta.append("*%s*" % rst(e["date"]))
                if e["loc"]:
                    meta.append(rst(e["loc"]))
                body = []
                if meta:
                    body.append(" · ".join(meta))
                for lab, t in e["paras"]:
                    body.append(("**%s**%s%s" % (rst(lab), J.colon(lg), rst(t))) if lab else rst(t))
                if not body and not e["bullets"]:
                    body.append("\\ ")
                for i, p in enumerate(body):
                    w("    " + p)
                    w("")
                for h in e["bullets"]:
                    w("    - " + rst(h))
                w("")
        elif s["kind"] == "pairs":
            plain = [t for a, t in s["items"] if not a]
            for a, t in s["items"]:
                if a:
                    w(":%s: %s" % (rst(a).replace(":", "\\:"), rst(t)))
            w("")
            for t in plain:
                w("- " + rst(t))
            if plain:
                w("")
        else:
            for t in s["items"]:
                w("- " + rst(t))
            w("")
    return "\n".join(o).rstrip() + "\n"


# ------------------------------------------------------------------ adoc

AD_ESC = {"+": "{plus}", "*": "{asterisk}", "`": "{backtick}", "^": "{caret}", "~": "{tilde}",
          "|": "{vbar}", "\\": "{backslash}", "[": "{startsb}", "]": "{endsb}"}


def ad(s):
    """Plain text for AsciiDoc: markup characters as Asciidoctor's built-in
    character attributes ({plus}, {asterisk}, ...)."""
    return "".join(AD_ESC.get(c, c) for c in (s or "").strip())


def ad_link(url, text):
    if not url:
        return ad(text)
    return "%s[%s]" % (url, ad(text).replace("]", "\\]"))


def to_adoc(r, lg):
    ds = DATES["adoc"][0 if lg == "en" else 1]
    o = []
    w = o.append
    name, alt = J.names(r)
    w("= " + ad(name + (f" / {alt}" if alt else "")))
    w(":nofooter:")
    w(":sectids!:")
    if lg != "en":
        w(":lang: zh-CN")
    w("")
    if lg != "en":
        # one CJK font for Latin and Chinese: with the stylesheet's Latin serif
        # and a CJK fallback the two scripts sit on different baselines
        w("++++")
        w('<style>body,h1,h2,h3,#header,p,td,th,li,dd,dt,.lead{font-family:"Noto Serif CJK SC",serif}</style>')
        w("++++")
        w("")
    b = r.get("basics", {})
    if b.get("label"):
        w("[.lead]")
        w(ad(b["label"]))
        w("")
    bits = []
    for kind, txt, url in J.contacts(r, lg):
        lab = kind.split(":", 1)[1] if kind.startswith("profile:") else J.label(kind, lg)
        if kind == "email":
            val = "mailto:%s[%s]" % (txt, txt)
        elif kind == "url" or kind.startswith("profile:"):
            val = ad_link(url, txt)
        else:
            val = ad(txt)
        bits.append("*%s*%s%s" % (ad(lab), J.colon(lg), val))
    w(" +\n".join(bits))
    w("")
    blocks = J.blocks(r, lg, ds, sep=" – ", alt=2)
    for s in blocks:
        w("== " + ad(s["title"]))
        w("")
        if s["kind"] == "text":
            for p in s["items"]:
                w(ad(p))
                w("")
        elif s["kind"] == "entries" and s["key"] == "education":
            cols = {"zh": ("时间", "学校 · 专业 · 学历", "说明"), "en": ("Dates", "School and degree", "Details"),
                    "bi": ("时间 Dates", "学校 School · 学历 Degree", "说明 Details")}[lg]
            w('[cols="28,36,36",options="header",frame="topbot",grid="rows"]')
            w("|===")
            w(" ".join("|" + c for c in cols))
            for e in s["items"]:
                det = [("*%s*%s%s" % (ad(lab), J.colon(lg), ad(t))) if lab else ad(t) for lab, t in e["paras"]]
                det += ["* " + ad(h) for h in e["bullets"]]
                school = "*%s*" % ad_link(e["url"], e["org"]) + ((" +\n" + ad(e["role"])) if e["role"] else "")
                w("|%s" % ad(e["date"]))
                w("a|" + school)
                w("a|" + "\n\n".join(det) if det else "|")
            w("|===")
            w("")
        elif s["kind"] == "entries":
            for e in s["items"]:
                w("=== " + ad_link(e["url"], e["org"]) if not e["url"] else "=== " + ad(e["org"]))
                w("")
                meta = [x for x in ("_%s_" % ad(e["role"]) if e["role"] else "", ad(e["date"]), ad(e["loc"])) if x]
                if e["url"]:
                    meta.append(ad_link(e["url"], J.strip_scheme(e["url"])))
                if meta:
                    w(" · ".join(meta))
                    w("")
                for lab, t in e["paras"]:
                    w(("*%s*%s%s" % (ad(lab), J.colon(lg), ad(t))) if lab else ad(t))
                    w("")
                for h in e["bullets"]:
                    w("* " + ad(h))
                if e["bullets"]:
                    w("")
        elif s["kind"] == "pairs":
            w("[horizontal]")
            for a, t in s["items"]:
                w("%s:: %s" % (ad(a) or "{empty}", ad(t) or "{empty}"))
            w("")
        else:
            for t in s["items"]:
                w("* " + ad(t))
            w("")
    return "\n".join(o).rstrip() + "\n"


def main():
    style, src, dst = sys.argv[1:4]
    r = J.load(src)
    lg = J.lang(r)
    text = {"rst": to_rst, "adoc": to_adoc}[style](r, lg)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
