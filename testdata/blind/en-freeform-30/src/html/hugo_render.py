"""Render the aquarist's Hugo data file (TOML) to the page her Hugo theme makes of it.
Imitates layouts/partials/resume.html: month names, `Present` for an empty end, site nav and footer."""
import tomllib, sys, html
d = tomllib.load(open(sys.argv[1], "rb"))
E = html.escape
M = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
def ym(s):
    if not s: return "Present"
    y, m = s.split("-"); return f"{M[int(m)-1]} {y}"
def rng(a, b):
    A, B = ym(a), ym(b)
    if a and b and a[:4] == b[:4]:
        return f"{A.split()[0]} – {B}"
    return f"{A} – {B}"
b = d["basics"]
o = []
o.append(f'''<!DOCTYPE html>
<html lang="en-us">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hugo 0.121.2">
<title>Résumé | {E(b["name"])}</title>
<link rel="canonical" href="https://tessav.example/resume/">
<style>
body{{font-family:"Liberation Sans",Helvetica,Arial,sans-serif;color:#1d2b36;margin:0;background:#f4f8f9;line-height:1.45}}
.site-nav{{background:#0e4d64;padding:10px 24px}} .site-nav a{{color:#cfe8ef;margin-right:18px;text-decoration:none;font-size:14px}}
.site-nav .brand{{color:#fff;font-weight:bold}}
main{{max-width:820px;margin:24px auto;background:#fff;padding:28px 36px;box-shadow:0 1px 4px rgba(0,0,0,.08)}}
h1{{margin:0;font-size:30px;color:#0e4d64}} .label{{font-size:17px;margin:2px 0 8px}} .label small{{color:#5f7682}}
.meta{{font-size:14px;color:#42596a}} .meta a{{color:#0e7c94}}
h2{{font-size:15px;text-transform:uppercase;letter-spacing:1.5px;color:#0e7c94;border-bottom:1px solid #d5e4ea;padding-bottom:3px;margin-top:26px}}
.job h3{{margin:12px 0 0;font-size:16px}} .job .when{{float:right;font-weight:normal;color:#5f7682;font-size:14px}}
.job .org{{color:#42596a;font-size:14px}} ul{{margin:4px 0 0 0;padding-left:20px}}
.chips span{{display:inline-block;background:#e6f2f5;border-radius:10px;padding:1px 9px;margin:2px 3px 2px 0;font-size:13px}}
footer{{text-align:center;font-size:12px;color:#7b8f99;padding:18px}}
</style>
</head>
<body>
<nav class="site-nav"><a class="brand" href="/">tessav.example</a><a href="/">Home</a><a href="/dives/">Dive log</a><a href="/photos/">Photos</a><a href="/resume/">Résumé</a></nav>
<main>
<header>
<h1>{E(b["name"])}</h1>
<p class="label">{E(b["label"])} <small>· {E(b["tagline"])}</small></p>
<p class="meta">{E(b["city"])} · {E(b["phone"])} · <a href="mailto:{E(b["email"])}">{E(b["email"])}</a> · <a href="{E(b["website"])}">{E(b["website"].split("//")[1])}</a></p>
<p class="meta">''' + " · ".join(f'<a href="{E(p["url"])}">{E(p["network"])}</a>' for p in b["profiles"]) + '''</p>
</header>
''')
o.append(f'<section><h2>About</h2><p>{E(" ".join(b["summary"].split()))}</p></section>')
o.append('<section><h2>Experience</h2>')
for w in d["work"]:
    note = f' <em>({E(w["note"])})</em>' if w.get("note") else ""
    team = f' · {E(w["team"])}' if w.get("team") else ""
    o.append(f'<div class="job"><h3>{E(w["title"])}{note}<span class="when">{rng(w["start"], w["end"])}</span></h3>'
             f'<div class="org">{E(w["org"])}{team} · {E(w["location"])}</div>')
    if w.get("bullets"):
        o.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in w["bullets"]) + "</ul>")
    o.append("</div>")
o.append("</section><section><h2>Education</h2>")
for e in d["education"]:
    o.append(f'<div class="job"><h3>{E(e["degree"])} {E(e["major"])}, minor in {E(e["minor"])}<span class="when">{rng(e["start"], e["end"])}</span></h3>'
             f'<div class="org">{E(e["school"])} · GPA {E(e["gpa"])} · {E(e["honors"])}</div></div>')
o.append("</section><section><h2>Certifications</h2><ul>")
for c in d["certificates"]:
    o.append(f'<li>{E(c["name"])} — {E(c["issuer"])}, {E(c["year"])}</li>')
o.append("</ul></section><section><h2>Skills</h2>")
for s in d["skills"]:
    o.append(f'<p class="chips"><strong>{E(s["group"])}:</strong> ' + "".join(f"<span>{E(i)}</span>" for i in s["items"]) + "</p>")
o.append("</section><section><h2>Presentations</h2><ul>")
for p in d["presentations"]:
    o.append(f'<li>“{E(p["title"])}” ({E(p["kind"])}) — {E(p["event"])}, {E(p["year"])}</li>')
o.append("</ul></section><section><h2>Volunteering</h2>")
for v in d["volunteer"]:
    o.append(f'<div class="job"><h3>{E(v["role"])}<span class="when">{rng(v["start"], v["end"])}</span></h3><div class="org">{E(v["org"])}</div></div>')
o.append("</section><section><h2>Languages</h2><p>" + " · ".join(f'{E(l["language"])} — {E(l["fluency"])}' for l in d["languages"]) + "</p></section>")
o.append('<section><h2>Interests</h2><p class="chips">' + "".join(f"<span>{E(i)}</span>" for i in d["interests"]["list"]) + "</p></section>")
o.append('</main>\n<footer>© 2025 Tessa Villarreal · Built with <a href="https://gohugo.io/">Hugo</a> · <a href="/index.xml">RSS</a></footer>\n</body>\n</html>')
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(o) + "\n")
