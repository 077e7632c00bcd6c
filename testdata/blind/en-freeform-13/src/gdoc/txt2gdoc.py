#!/usr/bin/env python3
"""Lay out a Google-Docs plain-text export the way the Docs page looked (Arial, bold headings ending in
a colon, right tab for dates, round bullets) so that Chromium can 'download it as PDF'.
usage: txt2gdoc.py IN.txt OUT.html"""
import html, sys

lines = open(sys.argv[1], encoding="utf-8-sig").read().replace("\r\n", "\n").split("\n")
out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>CV</title><style>",
       "@page{size:A4;margin:0.9in 1in}body{font-family:Arial,'Liberation Sans',sans-serif;font-size:10.5pt;line-height:1.25}",
       "h1{font-size:20pt;font-weight:normal;margin:0}p{margin:0 0 2pt}.sub{color:#666;font-size:12pt;margin-bottom:8pt}",
       "h2{font-size:12pt;margin:12pt 0 3pt}.r{display:flex;justify-content:space-between}ul{margin:0 0 4pt;padding-left:22pt}",
       "</style></head><body>"]
inlist = False
for i, ln in enumerate(lines):
    if not ln.strip():
        continue
    if ln.startswith("* "):
        if not inlist:
            out.append("<ul>")
            inlist = True
        out.append("<li>" + html.escape(ln[2:]) + "</li>")
        continue
    if inlist:
        out.append("</ul>")
        inlist = False
    if i == 0:
        out.append("<h1>" + html.escape(ln) + "</h1>")
    elif i == 1:
        out.append("<p class='sub'>" + html.escape(ln) + "</p>")
    elif ln.endswith(":") and len(ln) < 40:
        out.append("<h2>" + html.escape(ln) + "</h2>")
    elif "\t" in ln:
        a, b = ln.split("\t", 1)
        out.append("<p class='r'><b>%s</b><span>%s</span></p>" % (html.escape(a), html.escape(b)))
    else:
        out.append("<p>" + html.escape(ln) + "</p>")
if inlist:
    out.append("</ul>")
out.append("</body></html>")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
