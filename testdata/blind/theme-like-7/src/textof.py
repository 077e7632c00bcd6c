"""Text of a rendered file and the string matcher shared by derive.py and check.py."""
import html.parser, re, subprocess, unicodedata, zipfile

class _Vis(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head', 'title'):
            self.skip += 1
        for k, v in attrs:
            if k == 'href' and v:
                self.out.append(' ' + v + ' ')
        self.out.append(' ')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head', 'title'):
            self.skip = max(0, self.skip - 1)
        self.out.append(' ')
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

def text_of(path):
    if path.endswith('.html'):
        p = _Vis(); p.feed(open(path, encoding='utf-8').read()); return ''.join(p.out)
    if path.endswith('.pdf'):
        a = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
        b = subprocess.run(['pdftotext', '-raw', path, '-'], capture_output=True, text=True).stdout
        return a + '\n\u0000\n' + b
    if path.endswith('.docx'):
        with zipfile.ZipFile(path) as z:
            xml = z.read('word/document.xml').decode('utf-8')
        return ' '.join(re.findall(r'<w:t(?:\s[^>]*)?>([^<]*)</w:t>', xml)).replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")
    return open(path, encoding='utf-8').read()

DASHES = dict.fromkeys(map(ord, '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d'), '-')
QUOTES = dict.fromkeys(map(ord, '\u2018\u2019\u201a\u201b\u2032\uff07'), "'")
QUOTES.update(dict.fromkeys(map(ord, '\u201c\u201d\u201e\u201f\u2033\uff02'), '"'))

def norm(s):
    s = unicodedata.normalize('NFKC', s).casefold().translate(DASHES).translate(QUOTES)
    return re.sub(r'\s+', '', s)

def url_core(u):
    return re.sub(r'^(https?://)?(www\.)?', '', u.strip()).rstrip('/')

class Text:
    def __init__(self, path):
        self.path = path
        self.raw = text_of(path)
        self.n = norm(self.raw)
        self.nh = self.n.replace('-', '')
        self.paged = path.endswith(('.pdf', '.txt'))

    def has(self, s, kind='text'):
        """kind: text | url | exact (email, phone, username)."""
        if kind == 'url':
            s = url_core(s)
        t = norm(s)
        if not t:
            return True
        if t in self.n or t.replace('-', '') in self.nh:
            return True
        if kind == 'text' and self.paged:
            return self.pieces(s)
        return False

    def pieces(self, s, gap=160):
        """Multi-column pages: the words of s in order, each within `gap` chars of the previous."""
        toks = [norm(w) for w in re.split(r'\s+', unicodedata.normalize('NFKC', s)) if norm(w)]
        if len(toks) < 2:
            return False
        for start in [m.start() for m in re.finditer(re.escape(toks[0]), self.n)]:
            pos = start + len(toks[0]); ok = True
            for tk in toks[1:]:
                j = self.n.find(tk, pos)
                if j < 0 or j - pos > gap:
                    ok = False; break
                pos = j + len(tk)
            if ok:
                return True
        return False
