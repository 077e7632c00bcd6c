"""Turn the e-mail text into the HTML an Outlook desktop client writes with File > Save As > HTML.
The `>` lines become a blockquote, the CV block keeps its line breaks, bullets become a list."""
import html, sys, re
src = open(sys.argv[1], encoding="utf-8").read().split("\n")
hdr = {}
i = 0
while src[i].strip():
    k, v = src[i].split(":", 1); hdr[k] = v.strip(); i += 1
body = src[i+1:]
out = []
E = html.escape
out.append('''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<title>%s</title>
<style><!--
/* Font Definitions */
@font-face {font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}
span.EmailStyle19 {font-family:"Aptos",sans-serif; color:windowtext;}
.MsoChpDefault {font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang=EN-GB link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>''' % E(hdr["Subject"]))
for k in ("From", "Sent", "To", "Subject"):
    v = E(hdr[k])
    v = re.sub(r"&lt;([^&]+@[^&]+)&gt;", r'&lt;<a href="mailto:\1">\1</a>&gt;', v)
    out.append("<tr><td style='padding:0 12pt 0 0'><p class=MsoNormal><b>%s:</b></p></td><td><p class=MsoNormal>%s</p></td></tr>" % (k, v))
out.append("</table>\n<p class=MsoNormal>&nbsp;</p>")
inlist = False
quote = []
def flush_quote():
    global quote
    if quote:
        out.append("<blockquote style='border:none;border-left:solid #0078D4 1.5pt;padding:0 0 0 6pt;margin-left:4.8pt;margin-right:0cm'>")
        for q in quote:
            out.append("<p class=MsoNormal><span style='color:#444444'>%s</span></p>" % E(q))
        out.append("</blockquote>")
        quote = []
for line in body:
    s = line.rstrip()
    if s.startswith(">"):
        quote.append(s[1:].strip()); continue
    flush_quote()
    st = s.strip()
    if st.startswith("* ") or (st.startswith("- ") and not st.startswith("--")):
        if not inlist:
            out.append("<ul style='margin-top:0cm' type=disc>"); inlist = True
        out.append("<li class=MsoNormal>%s</li>" % E(st[2:])); continue
    if inlist:
        out.append("</ul>"); inlist = False
    if not st:
        out.append("<p class=MsoNormal>&nbsp;</p>"); continue
    if set(st) == {"-"}:
        out.append("<div style='border:none;border-bottom:solid windowtext 1.0pt;padding:0 0 1.0pt 0'><p class=MsoNormal>&nbsp;</p></div>"); continue
    t = E(st)
    t = re.sub(r"([\w.]+@[\w.-]+\.(?:com|example))", r'<a href="mailto:\1">\1</a>', t)
    if st.isupper() and len(st) > 3:
        t = "<b>%s</b>" % t
    elif " — " in st and not st.startswith("MS "):
        parts = t.split(" — ", 1)
        t = "<b>%s</b> — %s" % (parts[0], parts[1])
    ind = " style='margin-left:18pt'" if line.startswith("  ") else ""
    out.append("<p class=MsoNormal%s>%s</p>" % (ind, t))
flush_quote()
if inlist: out.append("</ul>")
out.append("</div>\n</body>\n</html>")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
