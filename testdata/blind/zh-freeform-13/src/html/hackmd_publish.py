"""Render a HackMD note the way HackMD's published view ("Publish" → hackmd.io/@user/slug) shows it,
for tw_chiang_tzuhao. HackMD-only syntax is turned into what HackMD renders — YAML metadata hidden,
`:::info` → alert box, `:::spoiler T` → <details>, `[TOC]` → the table of contents, `:email:` style
emoji shortcodes → emoji, `==text==` → <mark>, the `###### tags:` line → tag chips — and the rest
goes through pandoc (GFM). The page chrome (top bar, author line, footer) is typed below.
Usage: hackmd_publish.py NOTE.md OUT.html"""
import html
import re
import subprocess
import sys

src = open(sys.argv[1], encoding="utf-8").read()
meta = {}
m = re.match(r"---\n(.*?)\n---\n", src, re.S)
if m:
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    src = src[m.end():]

EMOJI = {":email:": "📧", ":phone:": "📞", ":house:": "🏠", ":link:": "🔗"}
for k, v in EMOJI.items():
    src = src.replace(k, v)
src = re.sub(r"==(.+?)==", r"<mark>\1</mark>", src)


def slug(t):
    return re.sub(r"[\s｜|/（）()：:，,]+", "-", t.strip()).strip("-")


heads = []
for line in src.splitlines():
    hm = re.match(r"(#{2,3}) (.+)", line)
    if hm:
        heads.append((len(hm.group(1)), hm.group(2)))
toc = ['<div class="toc"><ul>']
open_sub = False
for lvl, text in heads:
    if lvl == 2:
        if open_sub:
            toc.append("</ul></li>")
            open_sub = False
        toc.append(f'<li><a href="#{html.escape(slug(text))}">{html.escape(text)}</a>')
        toc.append("<ul>")
        open_sub = True
    else:
        toc.append(f'<li><a href="#{html.escape(slug(text))}">{html.escape(text)}</a></li>')
if open_sub:
    toc.append("</ul></li>")
toc.append("</ul></div>")
toc_html = "\n".join(toc).replace("<ul>\n</ul>", "")

out_lines = []
stack = []
for line in src.splitlines():
    if line.startswith("###### tags:"):
        tags = re.findall(r"`([^`]+)`", line)
        chips = "".join(f'<span class="tag">{html.escape(t)}</span>' for t in tags)
        out_lines += [f'<h6 class="tags">tags: {chips}</h6>', ""]
    elif line.strip() == "[TOC]":
        out_lines += [toc_html, ""]
    elif line.startswith(":::info"):
        out_lines += ['<div class="alert alert-info">', ""]
        stack.append("</div>")
    elif line.startswith(":::spoiler"):
        title = line[len(":::spoiler"):].strip()
        out_lines += [f"<details><summary>{html.escape(title)}</summary>", ""]
        stack.append("</details>")
    elif line.strip() == ":::":
        out_lines += ["", stack.pop(), ""]
    else:
        out_lines.append(line)
body_md = "\n".join(out_lines)
# info box lines are separate lines in HackMD (it renders soft breaks as <br>)
body = subprocess.run(["pandoc", "-f", "gfm+hard_line_breaks", "-t", "html", "--wrap=none"], input=body_md,
                      capture_output=True, text=True, check=True).stdout
body = re.sub(r'<h([23]) id="[^"]*">(.*?)</h\1>',
              lambda mm: f'<h{mm.group(1)} id="{html.escape(slug(html.unescape(re.sub("<[^>]+>", "", mm.group(2)))))}">'
                         f'{mm.group(2)}</h{mm.group(1)}>', body)

title = meta.get("title", "HackMD")
page = f"""<!DOCTYPE html>
<html lang="zh-TW">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>{html.escape(title)} - HackMD</title>
<style>
  @page {{ size: A4; margin: 14mm 14mm 16mm 14mm; }}
  body {{ margin: 0; font-family: "Source Sans Pro", "Microsoft JhengHei", "Noto Sans CJK TC", "Droid Sans Fallback", sans-serif;
         font-synthesis: none; color: #333; font-size: 14px; line-height: 1.6; }}
  .navbar {{ border-bottom: 1px solid #e7e7e7; padding: 8px 20px; display: flex; justify-content: space-between; color: #555; font-size: 13px; }}
  .navbar .logo {{ font-weight: bold; color: #333; }}
  .navbar .acts span {{ margin-left: 14px; }}
  .container {{ max-width: 760px; margin: 0 auto; padding: 10px 24px 30px; }}
  .ui-infobar {{ color: #999; font-size: 12px; margin: 8px 0 14px; }}
  h1 {{ font-size: 28px; border-bottom: 1px solid #eee; padding-bottom: 6px; margin-top: 10px; }}
  h2 {{ font-size: 21px; border-bottom: 1px solid #eee; padding-bottom: 4px; margin-top: 22px; }}
  h3 {{ font-size: 16px; margin: 16px 0 4px; }}
  h6.tags {{ color: #777; font-size: 12px; font-weight: normal; margin: 0 0 10px; }}
  .tag {{ display: inline-block; background: #eee; border-radius: 3px; padding: 0 6px; margin-right: 4px; color: #555; }}
  .alert-info {{ background: #d9edf7; border: 1px solid #bce8f1; color: #31708f; border-radius: 4px; padding: 8px 14px; }}
  .alert-info p {{ margin: 0; }}
  .toc {{ border-left: 3px solid #eee; padding-left: 6px; font-size: 13px; margin: 8px 0 16px; }}
  .toc ul {{ margin: 0; padding-left: 18px; }}
  .toc a {{ color: #4183c4; text-decoration: none; }}
  code {{ background: #f3f3f3; border-radius: 3px; padding: 1px 4px; font-size: 12.5px; }}
  table {{ border-collapse: collapse; }}
  th, td {{ border: 1px solid #ddd; padding: 5px 12px; }}
  th {{ background: #f6f8fa; }}
  details {{ border: 1px solid #eee; border-radius: 4px; padding: 4px 10px; margin: 8px 0; }}
  details[open] summary {{ margin-bottom: 4px; }}
  mark {{ background: #fcf8e3; }}
  .footer {{ border-top: 1px solid #eee; margin-top: 30px; padding-top: 8px; color: #aaa; font-size: 12px; text-align: center; }}
</style>
</head>
<body>
<div class="navbar"><span class="logo">HackMD</span><span class="acts"><span>♡ 3</span><span>☆ 收藏</span><span>訂閱</span><span>登入</span></span></div>
<div class="container">
<div class="ui-infobar">tzuhao-fw · Published on HackMD · 最後編輯 2025/02/10 · 瀏覽 214</div>
{body}
<div class="footer">Published on HackMD</div>
</div>
</body>
</html>
"""
page = page.replace("<details>", "<details open>")
open(sys.argv[2], "w", encoding="utf-8").write(page)
