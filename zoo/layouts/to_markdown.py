#!/usr/bin/env python3
"""JSON Resume -> Markdown resume, in one of three hand-written styles.

  usage: to_markdown.py STYLE RESUME.json OUT.md
  STYLE: classic  headings per section, '### Employer' + bold title line + dates, bullets
         oneline  YAML front matter for pandoc, '**Company** — Title (2019–2021)' headers
         pipe     Chinese-resume style '### 公司 | 职位 | 2019.07-至今'
"""
import re
import sys

import jrlib as J


def esc(s):
    s = (s or "").strip()
    s = re.sub(r"([\\*_`<>\[\]])", r"\\\1", s)
    s = re.sub(r"^([#+\-]|\d+[.)])(\s)", r"\\\1\2", s)
    return s


def link(text, url):
    if not url:
        return esc(text)
    return f"[{esc(text)}]({url})"


class MD:
    def __init__(self, r, style):
        self.r = r
        self.style = style
        self.lg = J.lang(r)
        self.out = []
        self.ds = {"classic": "mon" if self.lg == "en" else "dot",
                   "oneline": "mon" if self.lg == "en" else "dot1",
                   "pipe": "dot" if self.lg != "en" else "slash"}[style]

    def w(self, s=""):
        self.out.append(s)

    def dr(self, a, b, sep=None):
        if sep is None:
            sep = {"classic": " – ", "oneline": "–", "pipe": "-"}[self.style]
        return J.date_range(a, b, self.lg, self.ds, sep=sep)

    def sec(self, key):
        h = J.heading(key, self.lg)
        self.w()
        if self.style == "oneline":
            self.w(h)
            self.w("-" * max(3, J.width(h)))
        else:
            self.w("## " + h)
        self.w()

    def header(self):
        b = self.r.get("basics", {})
        name, alt = J.names(self.r)
        lg = self.lg
        if self.style == "oneline":
            self.w("---")
            if lg == "en":
                self.w("lang: en-US")
            self.w("geometry: margin=2cm")
            if lg != "en":
                self.w("CJKmainfont: Noto Serif CJK SC")
            self.w("---")
            self.w()
        if alt:
            self.w(f"# {esc(name)} / {esc(alt)}")
        else:
            self.w(f"# {esc(name)}")
        self.w()
        if b.get("label"):
            if self.style == "pipe":
                self.w(f"**{J.heading('label', lg)}**{J.colon(lg)}{esc(b['label'])}")
            else:
                self.w(f"**{esc(b['label'])}**")
            self.w()
        cs = J.contacts(self.r, lg)
        if self.style == "pipe":
            for kind, txt, url in cs:
                if kind.startswith("profile:"):
                    net = kind.split(":", 1)[1]
                    self.w(f"- {esc(net)}{J.colon(lg)}{link(txt, url)}")
                else:
                    self.w(f"- {J.label(kind, lg)}{J.colon(lg)}{link(txt, url) if kind == 'url' else esc(txt)}")
        else:
            items = []
            for kind, txt, url in cs:
                if kind in ("phone", "location"):
                    items.append(esc(txt))
                elif kind == "email":
                    items.append(f"<{txt}>")
                else:
                    items.append(link(txt, url))
            self.w(" · ".join(items) if self.style == "classic" else " | ".join(items))
        if b.get("summary"):
            self.sec("summary")
            for para in b["summary"].split("\n"):
                if para.strip():
                    self.w(esc(para))
                    self.w()

    def bullets(self, items):
        for h in items or []:
            self.w(f"- {esc(h)}")

    def work(self, key="work"):
        self.sec(key)
        lg = self.lg
        for e in J.list_of(self.r, key):
            name = e.get("name") or e.get("organization") or ""
            pos = e.get("position", "")
            d = self.dr(e.get("startDate"), e.get("endDate"))
            loc = J.loc_str(e.get("location"))
            if self.style == "classic":
                self.w(f"### {link(name, e.get('url'))}")
                self.w()
                line = f"**{esc(pos)}**" if pos else ""
                extra = [x for x in (d, esc(loc)) if x]
                if extra:
                    line = (line + " | " if line else "") + " | ".join(extra)
                self.w(line)
            elif self.style == "oneline":
                line = f"**{esc(name)}**"
                if pos:
                    line += f" — {esc(pos)}"
                if d:
                    line += f" ({d})"
                if loc:
                    line += f", {esc(loc)}"
                self.w(line)
                if e.get("url"):
                    self.w(f"<{e['url']}>")
            else:
                parts = [esc(name)] + ([esc(pos)] if pos else []) + ([d] if d else [])
                self.w("### " + " | ".join(parts))
                if loc or e.get("url"):
                    self.w()
                    self.w(" · ".join(x for x in (esc(loc), e.get("url") or "") if x))
            self.w()
            if e.get("summary"):
                self.w(esc(e["summary"]))
                self.w()
            if e.get("highlights"):
                self.bullets(e["highlights"])
                self.w()

    def projects(self):
        self.sec("projects")
        lg = self.lg
        c = J.colon(lg)
        for p in J.list_of(self.r, "projects"):
            d = self.dr(p.get("startDate"), p.get("endDate"))
            name = p.get("name", "")
            if self.style == "oneline":
                line = f"**{link(name, p.get('url'))}**"
                if p.get("entity"):
                    line += f" — {esc(p['entity'])}"
                if d:
                    line += f" ({d})"
                self.w(line)
            elif self.style == "pipe":
                parts = [esc(name)] + ([esc(p["entity"])] if p.get("entity") else []) + ([d] if d else [])
                self.w("### " + " | ".join(parts))
                if p.get("url"):
                    self.w()
                    self.w(f"<{p['url']}>")
            else:
                self.w(f"### {link(name, p.get('url'))}")
                sub = [x for x in (esc(p.get("entity", "")), d) if x]
                if sub:
                    self.w()
                    self.w("*" + " | ".join(sub) + "*")
            self.w()
            if self.style == "pipe":
                if p.get("description"):
                    self.w(f"**{J.label('desc', lg)}**{c}{esc(p['description'])}")
                    self.w()
                if p.get("roles"):
                    self.w(f"**{J.label('roles', lg)}**{c}{esc('、'.join(p['roles']) if lg == 'zh' else '; '.join(p['roles']))}")
                    self.w()
                if p.get("keywords"):
                    self.w(f"**{J.label('keywords', lg)}**{c}{esc(', '.join(p['keywords']))}")
                    self.w()
            else:
                if p.get("description"):
                    self.w(esc(p["description"]))
                    self.w()
                if p.get("roles"):
                    self.w(f"*{J.label('roles', lg)}*{c}{esc('; '.join(p['roles']))}")
                    self.w()
                if p.get("keywords"):
                    self.w(f"*{J.label('keywords', lg)}*{c}{esc(', '.join(p['keywords']))}")
                    self.w()
            if p.get("highlights"):
                self.bullets(p["highlights"])
                self.w()

    def education(self):
        self.sec("education")
        lg = self.lg
        c = J.colon(lg)
        for e in J.list_of(self.r, "education"):
            d = self.dr(e.get("startDate"), e.get("endDate"))
            deg = " ".join(x for x in (e.get("studyType"), e.get("area")) if x) if lg == "en" else \
                " · ".join(x for x in (e.get("area"), e.get("studyType")) if x)
            if lg == "en" and e.get("studyType") and e.get("area"):
                deg = f"{e['studyType']} of {e['area']}" if not e['studyType'].endswith(('.', 'S', 'A')) else f"{e['studyType']}, {e['area']}"
            if self.style == "classic":
                self.w(f"### {link(e.get('institution', ''), e.get('url'))}")
                self.w()
                self.w(" | ".join(x for x in (f"**{esc(deg)}**" if deg else "", d) if x))
            elif self.style == "oneline":
                line = f"**{esc(e.get('institution', ''))}**"
                if deg:
                    line += f" — {esc(deg)}"
                if d:
                    line += f" ({d})"
                self.w(line)
            else:
                parts = [esc(e.get("institution", ""))] + [esc(x) for x in (e.get("area"), e.get("studyType")) if x] + ([d] if d else [])
                self.w("### " + " | ".join(parts))
            self.w()
            if e.get("score"):
                self.w(f"- GPA{c}{esc(e['score'])}")
            if e.get("courses"):
                self.w(f"- {J.label('courses', lg)}{c}{esc(', '.join(e['courses']))}")
            for h in e.get("highlights") or []:
                self.w(f"- {esc(h)}")
            self.w()

    def skills(self):
        self.sec("skills")
        c = J.colon(self.lg)
        for s in J.list_of(self.r, "skills"):
            kw = esc(", ".join(s.get("keywords") or []))
            name = s.get("name", "")
            lev = f" ({esc(s['level'])})" if s.get("level") else ""
            if name and kw:
                self.w(f"- **{esc(name)}**{lev}{c}{kw}")
            elif name:
                self.w(f"- {esc(name)}{lev}")
            else:
                self.w(f"- {kw}")
        self.w()

    def simple(self, key, fn):
        self.sec(key)
        for x in J.list_of(self.r, key):
            s = fn(x)
            if s:
                self.w(f"- {s}")
        self.w()

    def render(self):
        lg = self.lg
        self.header()
        for key in J.section_order(self.r):
            if key == "work":
                self.work()
            elif key == "volunteer":
                self.work("volunteer")
            elif key == "projects":
                self.projects()
            elif key == "education":
                self.education()
            elif key == "skills":
                self.skills()
            elif key == "awards":
                def aw(a):
                    t = esc(a.get("title", ""))
                    tail = [esc(x) for x in (a.get("awarder"), J.fmt_date(a.get("date"), self.ds)) if x]
                    s = t + (f" — {', '.join(tail)}" if tail else "")
                    if a.get("summary"):
                        s += f". {esc(a['summary'])}"
                    return s
                self.simple(key, aw)
            elif key == "certificates":
                def ce(x):
                    t = link(x.get("name", ""), x.get("url"))
                    tail = [esc(y) for y in (x.get("issuer"), J.fmt_date(J.cert_date(x), self.ds)) if y]
                    return t + (f" ({', '.join(tail)})" if tail else "")
                self.simple(key, ce)
            elif key == "publications":
                def pu(x):
                    t = f"*{link(x.get('name', ''), x.get('url'))}*"
                    tail = [esc(y) for y in (x.get("publisher"), J.fmt_date(x.get("releaseDate"), self.ds)) if y]
                    s = t + (f", {', '.join(tail)}" if tail else "")
                    if x.get("summary"):
                        s += f". {esc(x['summary'])}"
                    return s
                self.simple(key, pu)
            elif key == "languages":
                self.simple(key, lambda x: esc(J.language_str(x, lg)))
            elif key == "interests":
                self.simple(key, lambda x: esc(J.interest_str(x)))
            elif key == "references":
                self.simple(key, lambda x: esc(x.get("reference", "")) + (f" — {esc(x['name'])}" if x.get("name") else ""))
        text = "\n".join(self.out)
        text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
        return text


def main():
    style, src, dst = sys.argv[1:4]
    r = J.load(src)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(MD(r, style).render())


if __name__ == "__main__":
    main()
