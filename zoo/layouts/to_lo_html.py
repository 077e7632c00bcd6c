#!/usr/bin/env python3
"""JSON Resume -> HTML with a two-column table layout (dates in the left column),
meant to be opened by LibreOffice Writer and saved as .docx / .pdf.

  usage: to_lo_html.py RESUME.json OUT.html
  then:  soffice --headless --infilter="HTML (StarWriter)" --convert-to docx OUT.html
"""
import sys

import jrlib as J
from jrlib import html as h


def a(url, text):
    return f'<a href="{h(url)}">{h(text)}</a>' if url else h(text)


def main():
    src, dst = sys.argv[1:3]
    r = J.load(src)
    lg = J.lang(r)
    ds = "dot" if lg != "en" else "mmyyyy"
    b = r.get("basics", {})
    font = "Liberation Sans, Noto Sans CJK SC" if lg == "en" else "Noto Sans CJK SC, Liberation Sans"
    o = []
    w = o.append
    w("<!DOCTYPE html>")
    w(f'<html lang="{"en" if lg == "en" else "zh-CN"}"><head><meta charset="utf-8">')
    w(f"<title>{h(J.names(r)[0])}</title>")
    w("<style>")
    w(f"body {{ font-family: {font}; font-size: 10pt; }}")
    w(f"h1, h2 {{ font-family: {font}; }} h1 {{ font-size: 20pt; margin: 0; }} h2 {{ font-size: 12pt; color: #1f4e79; border-bottom: 1px solid #1f4e79; margin: 10pt 0 4pt 0; }}")
    w("td { vertical-align: top; padding: 2pt 4pt; } td.d { width: 24%; color: #444; } p { margin-top: 0; margin-bottom: 2pt; } ul { margin-top: 0; margin-bottom: 0; }")
    w("</style></head><body>")
    name, alt = J.names(r)
    w(f"<h1>{h(name)}{(' ' + h(alt)) if alt else ''}</h1>")
    if b.get("label"):
        w(f"<p><b>{h(b['label'])}</b></p>")
    w('<table width="100%" cellspacing="0" cellpadding="2">')
    cs = J.contacts(r, lg)
    for i in range(0, len(cs), 2):
        cells = []
        for kind, txt, url in cs[i:i + 2]:
            lab = kind.split(":", 1)[1] if kind.startswith("profile:") else J.label(kind, lg)
            val = a(url, txt) if kind not in ("phone", "location") else h(txt)
            cells.append(f'<td valign="top" width="24%" class="d"><b>{h(lab)}</b></td><td valign="top">{val}</td>')
        while len(cells) < 2:
            cells.append('<td></td><td></td>')
        w("<tr>" + "".join(cells) + "</tr>")
    w("</table>")
    c = J.colon(lg)
    for s in J.blocks(r, lg, ds, sep=" – "):
        w(f"<h2>{h(s['title'])}</h2>")
        w('<table width="100%" cellspacing="0" cellpadding="3">')
        if s["kind"] == "text":
            w('<tr><td valign="top" width="24%" class="d"></td><td valign="top">' + "".join(f"<p>{h(p)}</p>" for p in s["items"]) + "</td></tr>")
        elif s["kind"] == "entries":
            for e in s["items"]:
                right = [f"<p><b>{a(e['url'], e['org'])}</b>" + (f" &nbsp;|&nbsp; {h(e['role'])}" if e["role"] else "") + "</p>"]
                if e["loc"]:
                    right.append(f"<p><i>{h(e['loc'])}</i></p>")
                for lab, t in e["paras"]:
                    right.append(f"<p>{('<b>' + h(lab) + '</b>' + c) if lab else ''}{h(t)}</p>")
                if e["bullets"]:
                    right.append("<ul>" + "".join(f"<li>{h(x)}</li>" for x in e["bullets"]) + "</ul>")
                w(f'<tr><td valign="top" width="24%" class="d">{h(e["date"])}</td><td valign="top">{"".join(right)}</td></tr>')
        elif s["kind"] == "pairs":
            for lab, t in s["items"]:
                w(f'<tr><td valign="top" width="24%" class="d"><b>{h(lab)}</b></td><td valign="top">{h(t)}</td></tr>')
        else:
            w('<tr><td valign="top" width="24%" class="d"></td><td valign="top"><ul>' + "".join(f"<li>{h(t)}</li>" for t in s["items"]) + "</ul></td></tr>")
        w("</table>")
    w("</body></html>")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


if __name__ == "__main__":
    main()
