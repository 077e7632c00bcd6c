"""Turn zh_mengyao_yu.txt into the H5 'card' page she published from a phone
résumé app (each ━━ heading becomes a card; right-margin dates become a flex row)."""
import html, re, sys
src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().splitlines()
name_line, label_line = lines[0].strip(), lines[1].strip()
body = []
cards = []
cur = None
for ln in lines[2:]:
    m = re.match(r"━+ (.+?) ━+", ln)
    if m:
        cur = [m.group(1), []]
        cards.append(cur)
        continue
    if cur is None:
        if ln.strip():
            body.append(ln.strip())
        continue
    cur[1].append(ln)
e = html.escape
o = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
     '<meta name="viewport" content="width=device-width,initial-scale=1">',
     '<title>郁梦瑶的个人简历 - 简历卡</title><style>',
     'body{margin:0;background:#f6efe6;font:15px/1.7 "PingFang SC","Microsoft YaHei",sans-serif;color:#3b2f2a}',
     '.hero{background:#6b3f2a;color:#fff;padding:28px 22px;text-align:center}.hero h1{margin:0;font-size:26px}.hero .sub{opacity:.9}',
     '.info{background:#fff;margin:12px;border-radius:10px;padding:12px 16px}',
     '.card{background:#fff;margin:12px;border-radius:10px;padding:12px 16px}.card h2{font-size:17px;color:#6b3f2a;margin:0 0 8px}',
     '.row{display:flex;justify-content:space-between;gap:10px;font-weight:600}.row .t{color:#8a6d5a;font-weight:400;white-space:nowrap}',
     '.ind{padding-left:1em;color:#555}.foot{text-align:center;color:#a89;font-size:12px;padding:14px}',
     '@page{size:A4;margin:12mm}</style></head><body>',
     '<div class="hero"><h1>%s</h1><div class="sub">%s</div></div>' % (e(name_line), e(label_line)),
     '<div class="info">' + "".join('<div>%s</div>' % e(re.sub(r"\s{3,}", "　", b)) for b in body) + '</div>']
for title, ls in cards:
    o.append('<div class="card"><h2>%s</h2>' % e(title))
    for ln in ls:
        if not ln.strip():
            o.append('<div style="height:8px"></div>')
        elif ln.startswith("  "):
            o.append('<div class="ind">%s</div>' % e(ln.strip()))
        elif re.search(r"\S\s{6,}\S", ln):
            a, b = re.split(r"\s{6,}", ln.strip(), maxsplit=1)
            o.append('<div class="row"><span>%s</span><span class="t">%s</span></div>' % (e(a), e(b)))
        else:
            o.append('<div>%s</div>' % e(ln.strip()))
    o.append('</div>')
o.append('<div class="foot">长按保存 · 由「简历卡」生成 · jianlika.example</div></body></html>')
open(out, "w", encoding="utf-8").write("\n".join(o) + "\n")
