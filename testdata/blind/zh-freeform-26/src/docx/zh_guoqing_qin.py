# 覃国庆 — 燃气抢修班长: the phone text (src/txt/zh_guoqing_qin.txt) as he later
# typed it into WPS: first line as a title, `一、` headings bold on a grey band,
# body lines as they are (the full-width indents kept), 仿宋 body.
import sys, os, re, datetime
from lib import *

out = sys.argv[1]
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "txt", "zh_guoqing_qin.txt")
lines = open(src, encoding="utf-8").read().split("\n")

doc = new_document(east_asia="仿宋", latin="Times New Roman", size=12,
                   margins=(2.2, 2.2, 2.5, 2.5))
set_core(doc, title="", author="qgq",
         created=datetime.datetime(2025, 3, 9, 19, 55))

first = True
for ln in lines:
    if first:
        para(doc, ln, size=18, bold=True, align="center", east_asia="黑体", after=10)
        first = False
        continue
    if re.match(r"^[一二三四五六七八九十]、", ln):
        p = para(doc, ln, size=13, bold=True, east_asia="黑体", before=8, after=4, keep=True)
        shade(p, "E7E6E6")
        continue
    if ln.strip() == "":
        continue
    if re.match(r"^\d{4}/\d", ln):
        para(doc, ln, bold=True, before=4, line=1.3)
        continue
    para(doc, ln, line=1.3)

doc.save(out)
