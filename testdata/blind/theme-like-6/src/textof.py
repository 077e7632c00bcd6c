#!/usr/bin/env python3
"""Text of a file of the set, and the matcher that check.py and derive.py share.

Text sources:
  .html  visible text (no script/style/title/comments) plus every href value
  .pdf   pdftotext (reading order) and pdftotext -raw (content-stream order)
  .docx  the w:t text of word/document.xml (w:tab / w:br / paragraphs -> white space)
  .txt / .md  as is

Comparison: NFKC, case fold, all white space removed, quotes and dashes unified.
Fallbacks (both documented in README.md):
  * hyphens ignored (pdftotext keeps the hyphen of a word broken at a line end);
  * for PDF/TXT, a string that is not an e-mail, phone, URL or user name also
    passes when it occurs as in-order pieces of 2+ characters, each starting
    within 160 characters of the end of the previous one: the -layout text of
    a two-column page interleaves the columns line by line.
"""
import html as htmlmod
import re
import subprocess
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser

QUOTES = dict.fromkeys(map(ord, '\u2018\u2019\u201a\u201b\u2032\uff07`\u00b4'), "'")
QUOTES.update(dict.fromkeys(map(ord, '\u201c\u201d\u201e\u201f\u2033\uff02\u00ab\u00bb'), '"'))
DASHES = dict.fromkeys(map(ord, '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d'), '-')


def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold()
    s = s.translate(QUOTES).translate(DASHES)
    return re.sub(r'\s+', '', s)


class _Vis(HTMLParser):
    SKIP = {'script', 'style', 'title', 'head', 'noscript'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hrefs, self.depth = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        for k, v in attrs:
            if k == 'href' and v:
                self.hrefs.append(v)
        if tag in ('br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th'):
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def html_text(path):
    p = _Vis()
    p.feed(open(path, encoding='utf-8').read())
    return ''.join(p.parts) + '\n' + '\n'.join(htmlmod.unescape(h) for h in p.hrefs)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read('word/document.xml').decode('utf-8')
    xml = re.sub(r'<w:(tab|br|cr)\b[^>]*/>', ' ', xml)
    xml = re.sub(r'</w:p>', '\n', xml)
    out = []
    for m in re.finditer(r'<w:t(?:\s[^>]*)?>([^<]*)</w:t>|\n', xml):
        out.append(m.group(1) if m.group(1) is not None else '\n')
    return htmlmod.unescape(''.join(out))


def pdf_texts(path):
    outs = []
    for args in ([], ['-raw']):
        outs.append(subprocess.run(['pdftotext', *args, path, '-'], capture_output=True,
                                   text=True, check=True).stdout)
    return outs


def texts(path):
    """List of alternative texts of a file (a string must occur in one of them)."""
    ext = path.rsplit('.', 1)[-1].lower()
    if ext == 'html':
        return [html_text(path)]
    if ext == 'pdf':
        return pdf_texts(path)
    if ext == 'docx':
        return [docx_text(path)]
    return [open(path, encoding='utf-8').read()]


def _pieces(needle, hay, gap=160, minpiece=2):
    """needle found as in-order pieces of hay, each within `gap` chars of the last."""
    def greedy(start):
        # start: where the first piece begins; then take, each time, the
        # longest next piece that starts within `gap` of the previous end
        i, end = 0, start
        first = True
        while i < len(needle):
            best = None
            for j in range(len(needle), i, -1):
                piece = needle[i:j]
                if len(piece) < minpiece and j != len(needle):
                    break
                if first:
                    ok = hay.startswith(piece, start)
                    pos = start if ok else -1
                else:
                    pos = hay.find(piece, end, end + gap + len(piece))
                if pos != -1:
                    best = (j, pos)
                    break
            if best is None:
                return False
            i, end, first = best[0], best[1] + (best[0] - i), False
        return True
    head = needle[:minpiece]
    pos = hay.find(head)
    while pos != -1:
        if greedy(pos):
            return True
        pos = hay.find(head, pos + 1)
    return False


class Matcher:
    def __init__(self, path):
        self.path = path
        self.ext = path.rsplit('.', 1)[-1].lower()
        self.hays = [norm(t) for t in texts(path)]
        self.hays_nohyphen = [h.replace('-', '') for h in self.hays]

    def has(self, value, kind='text'):
        """kind: 'text', or 'strict' for e-mail / phone / url / username."""
        n = norm(value)
        if not n:
            return True
        if kind == 'url':
            n = re.sub(r'^(https?://)?(www\.)?', '', n).rstrip('/')
        if any(n in h for h in self.hays):
            return True
        if any(n.replace('-', '') in h for h in self.hays_nohyphen):
            return True
        if kind == 'text' and self.ext in ('pdf', 'txt') and len(n) >= 4:
            return any(_pieces(n, h) for h in self.hays)
        return False


if __name__ == '__main__':
    for f in sys.argv[1:]:
        print('=====', f)
        print(texts(f)[0])
