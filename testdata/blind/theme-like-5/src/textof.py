#!/usr/bin/env python3
"""Text of a rendered file, for the checker: HTML visible text + link targets,
PDF via pdftotext (reading order, -layout and -raw), TXT as is, DOCX body XML text."""
import html.parser, re, subprocess, sys, zipfile

class _V(html.parser.HTMLParser):
    SKIP = {"style", "script", "head", "title"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.out.append(" " + v + " ")
        if tag in ("br", "p", "div", "li", "tr", "td", "section", "h1", "h2", "h3", "h4"):
            self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

def html_text(path):
    v = _V(); v.feed(open(path, encoding="utf-8").read()); return "".join(v.out)

def pdf_texts(path):
    outs = []
    for opt in ([], ["-layout"], ["-raw"]):
        outs.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True, text=True).stdout)
    return outs

def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:tab/>", "\t", xml)
    xml = re.sub(r"</w:p>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")

def texts(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "html": return [html_text(path)]
    if ext == "pdf": return pdf_texts(path)
    if ext == "docx": return [docx_text(path)]
    return [open(path, encoding="utf-8").read()]

if __name__ == "__main__":
    for t in texts(sys.argv[1]): print(t); print("=" * 60)
