"""Render an Obsidian note the way Obsidian's "Export to PDF" lays it out (title, Properties block, callouts,
internal links) as a standalone HTML page, for Chromium to print. Usage: obsidian_export.py NOTE.md OUT.html TITLE"""
import html, re, subprocess, sys

src, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(src, encoding="utf-8").read()
props = []
m = re.match(r"---\n(.*?)\n---\n", text, re.S)
if m:
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        props.append((k.strip(), v.strip().strip("[]")))
    text = text[m.end():]

# callouts: "> [!type]-? Title" + following "> " lines
def callout(mo):
    kind, fold, ttl, body = mo.group(1), mo.group(2), mo.group(3).strip(), mo.group(4)
    body = "\n".join(l[2:] if l.startswith("> ") else l[1:] for l in body.splitlines())
    inner = subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "html5"], input=body.replace("\n", "  \n"),
                           capture_output=True, text=True).stdout
    cls = "callout is-collapsible" if fold else "callout"
    return ('\n<div data-callout="%s" class="%s" data-callout-fold="%s"><div class="callout-title"><div class="callout-icon"></div>'
            '<div class="callout-title-inner">%s</div></div><div class="callout-content">%s</div></div>\n'
            % (kind, cls, fold or "", html.escape(ttl), inner))
text = re.sub(r"^> \[!(\w+)\](-|\+)? ?(.*)\n((?:>.*\n?)*)", callout, text, flags=re.M)
# internal links and tags
text = re.sub(r"\[\[([^\]|]+)\|?([^\]]*)\]\]", lambda mo: '<a class="internal-link" data-href="%s">%s</a>'
              % (mo.group(1), mo.group(2) or mo.group(1)), text)
text = re.sub(r"(?<=\s)#([a-z][\w-]*)", r'<a class="tag">#\1</a>', text)
body = subprocess.run(["pandoc", "-f", "markdown-smart-yaml_metadata_block", "-t", "html5"], input=text,
                      capture_output=True, text=True).stdout
prop_html = "".join('<div class="metadata-property"><span class="metadata-property-key">%s</span>'
                    '<span class="metadata-property-value">%s</span></div>' % (html.escape(k), html.escape(v))
                    for k, v in props)
css = open(sys.argv[0].replace("obsidian_export.py", "obsidian.css"), encoding="utf-8").read()
page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
        '<body class="theme-light"><div class="markdown-preview-view"><div class="inline-title">%s</div>'
        '<div class="metadata-container"><div class="metadata-properties-heading">Properties</div>%s</div>%s</div></body></html>'
        % (html.escape(title), css, html.escape(title), prop_html, body))
open(out, "w", encoding="utf-8").write(page)
