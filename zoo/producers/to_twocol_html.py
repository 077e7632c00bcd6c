#!/usr/bin/env python3
"""JSON Resume -> a two-column HTML page (CSS grid: a sidebar with skills,
languages, awards, certificates and interests on the left, the rest on the
right), as a browser-made resume is: printed to PDF by headless Chromium.

  usage: to_twocol_html.py RESUME.json OUT.html
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "layouts"))
import jrlib as J  # noqa: E402
from jrlib import html as h  # noqa: E402

SIDEBAR = ("skills", "languages", "certificates", "awards", "interests")


def section(s, c, narrow):
    o = [f"<h2>{h(s['title'])}</h2>"]
    if s["kind"] == "text":
        o += [f"<p>{h(t)}</p>" for t in s["items"]]
    elif s["kind"] == "entries":
        for e in s["items"]:
            if narrow:
                o.append(f"<p><b>{h(e['org'])}</b><br>{h(e['date'])}</p>")
            else:
                o.append(f'<div class="hd"><b>{h(e["org"])}</b><span>{h(e["date"])}</span></div>')
            if e["role"] or e["loc"]:
                o.append(f'<div class="hd"><i>{h(e["role"])}</i><span>{h(e["loc"])}</span></div>')
            for lab, t in e["paras"]:
                o.append(f"<p>{('<b>' + h(lab + c) + '</b>') if lab else ''}{h(t)}</p>")
            if e["bullets"]:
                o.append("<ul>" + "".join(f"<li>{h(b)}</li>" for b in e["bullets"]) + "</ul>")
    elif s["kind"] == "pairs":
        o += [f"<p>{('<b>' + h(lab + c) + '</b>') if lab else ''}{h(t)}</p>" for lab, t in s["items"]]
    else:
        o.append("<ul>" + "".join(f"<li>{h(t)}</li>" for t in s["items"]) + "</ul>")
    return "\n".join(o)


def main():
    src, dst = sys.argv[1:3]
    r = J.load(src)
    lg = J.lang(r)
    c = J.colon(lg)
    blocks = J.blocks(r, lg, "mon" if lg == "en" else "dot")
    font = "'Liberation Sans', 'Noto Sans CJK SC'" if lg == "en" else "'Noto Sans CJK SC', 'Liberation Sans'"
    name, alt = J.names(r)
    b = r.get("basics", {})
    o = ["<!DOCTYPE html>", f'<html lang="{"en" if lg == "en" else "zh-CN"}"><head><meta charset="utf-8">',
         f"<title>{h(name)}</title><style>",
         "@page { size: A4; margin: 14mm; }",
         f"body {{ font-family: {font}; font-size: 9.5pt; margin: 0; color: #222; }}",
         "header h1 { font-size: 22pt; margin: 0 0 2pt 0; } header .label { font-weight: bold; font-size: 12pt; }",
         ".grid { display: grid; grid-template-columns: 30% 1fr; column-gap: 18pt; margin-top: 10pt; }",
         "aside { background: #f1f4f8; padding: 6pt; }",
         "h2 { font-size: 12pt; color: #1f4e79; border-bottom: 1px solid #1f4e79; margin: 8pt 0 3pt 0; }",
         ".hd { display: flex; justify-content: space-between; } p { margin: 0 0 2pt 0; } ul { margin: 0 0 3pt 0; padding-left: 14pt; }",
         "</style></head><body>",
         f"<header><h1>{h(name)}{(' ' + h(alt)) if alt else ''}</h1>"]
    if b.get("label"):
        o.append(f'<div class="label">{h(b["label"])}</div>')
    o.append("<div>" + " · ".join(h(t) for _, t, _ in J.contacts(r, lg)) + "</div></header>")
    side = [s for s in blocks if s["key"] in SIDEBAR]
    main_ = [s for s in blocks if s["key"] not in SIDEBAR]
    o.append('<div class="grid"><aside>' + "\n".join(section(s, c, True) for s in side) + "</aside>")
    o.append("<main>" + "\n".join(section(s, c, False) for s in main_) + "</main></div></body></html>")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


if __name__ == "__main__":
    main()
