#!/usr/bin/env python3
"""JSON Resume -> LaTeX source for the second set of LaTeX layouts.

  usage: to_latex2.py STYLE RESUME.json OUT.tex
  STYLE: currvita    article + currvita (cv environment, cvlist with dates as item labels)
         europasscv  the europasscv class (2013+ Europass look: \\ecvsection, \\ecvtitle)
         ctexnum     ctexart with numbered 一、二、 section heads, 【】 entry titles and a
                     tabularx grid (dates in a left column); English: article with
                     Roman-numbered sections and the same tabularx grid
The first line of the output is a comment naming the TeX engine to use.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "layouts"))
import jrlib as J  # noqa: E402
from jrlib import tex  # noqa: E402

ENGINE = {"currvita": ("pdflatex", "xelatex"), "europasscv": ("pdflatex", "xelatex"),
          "ctexnum": ("pdflatex", "xelatex")}
# date style (en, zh/bi) and the range separator
DATES = {"currvita": ("mon", "dot"), "europasscv": ("mmyyyy", "dot1"), "ctexnum": ("iso", "slash")}
SEP = {"currvita": " -- ", "europasscv": " -- ", "ctexnum": " -- "}


def href(url, text):
    if not url:
        return tex(text)
    return r"\href{%s}{%s}" % (J.texurl(url), tex(text))


def cjk(lg, w, sans=False):
    if lg == "en":
        return
    w(r"\usepackage{xeCJK}")
    w(r"\setCJKmainfont{%s}" % ("Noto Sans CJK SC" if sans else "Noto Serif CJK SC"))
    w(r"\setCJKsansfont{Noto Sans CJK SC}")
    w(r"\setCJKmonofont{Noto Sans Mono CJK SC}")


def latin(engine, w, font=None):
    if engine == "pdflatex":
        w(r"\usepackage[T1]{fontenc}")
        w(r"\usepackage[utf8]{inputenc}")
        if font:
            w(font)
        w(r"\input{glyphtounicode}\pdfgentounicode=1")


def paras(ps, lg, bold=True):
    c = J.colon(lg)
    out = []
    for lab, t in ps:
        out.append(((r"\textbf{%s}" % tex(lab) if bold else tex(lab)) + c + tex(t)) if lab else tex(t))
    return out


class Doc:
    def __init__(self, r, style):
        self.r, self.style = r, style
        self.lg = J.lang(r)
        i = 0 if self.lg == "en" else 1
        self.engine = ENGINE[style][i]
        self.ds = DATES[style][i]
        self.b = r.get("basics", {})
        self.o = ["% engine: " + self.engine]
        self.blocks = J.blocks(r, self.lg, self.ds, sep=SEP[style], alt=2 if style == "currvita" else 0)

    def w(self, s):
        self.o.append(s)

    def name_line(self, sep=r" \,/\, "):
        name, alt = J.names(self.r)
        return tex(name) + ((sep + tex(alt)) if alt else "")

    def contact_items(self, with_labels=True):
        out = []
        for kind, txt, url in J.contacts(self.r, self.lg):
            lab = kind.split(":", 1)[1] if kind.startswith("profile:") else J.label(kind, self.lg)
            val = href(url, txt) if kind not in ("phone", "location") else tex(txt)
            out.append((lab, val))
        return out

    # ------------------------------------------------------------ currvita
    def currvita(self):
        w, lg = self.w, self.lg
        w(r"\documentclass[11pt,a4paper]{article}")
        latin(self.engine, w, r"\usepackage{mathpazo}")
        cjk(lg, w)
        w(r"\usepackage[margin=2.2cm]{geometry}")
        w(r"\usepackage[NoDate]{currvita}")
        w(r"\usepackage[hidelinks]{hyperref}")
        w(r"\setlength{\cvlabelwidth}{%s}" % ("3.4cm" if lg == "en" else "3.3cm"))
        w(r"\renewcommand{\cvlistheadingfont}{\large\bfseries\scshape}")
        w(r"\renewcommand{\cvheadingfont}{\LARGE\bfseries}")
        w(r"\pagestyle{empty}")
        w(r"\begin{document}")
        w(r"\begin{cv}{%s}" % self.name_line())
        top = []
        if self.b.get("label"):
            top.append(r"\textit{%s}" % tex(self.b["label"]))
        items = self.contact_items()
        cl = J.colon(lg)
        w(r"\begin{cvlist}{}")
        if top:
            w(r"\item %s" % top[0])
        for lab, val in items:
            w(r"\item[%s] %s" % (tex(lab), val))
        w(r"\end{cvlist}")
        for s in self.blocks:
            w(r"\begin{cvlist}{%s}" % tex(s["title"]))
            if s["kind"] == "text":
                w(r"\item " + r"\par ".join(tex(p) for p in s["items"]))
            elif s["kind"] == "entries":
                for e in s["items"]:
                    head = r"\textbf{%s}" % href(e["url"], e["org"])
                    if e["role"]:
                        head += ", " + r"\textit{%s}" % tex(e["role"])
                    if e["loc"]:
                        head += ", " + tex(e["loc"])
                    body = [head] + paras(e["paras"], lg)
                    txt = r"\newline ".join(body)
                    if e["bullets"]:
                        txt += r"\begin{itemize}\setlength{\itemsep}{0pt}" + "".join(
                            r"\item " + tex(h) for h in e["bullets"]) + r"\end{itemize}"
                    w(r"\item[%s] %s" % (tex(e["date"]), txt))
            elif s["kind"] == "pairs":
                for a, t in s["items"]:
                    w(r"\item[%s] %s" % (tex(a), tex(t)) if a else r"\item " + tex(t))
            else:
                for t in s["items"]:
                    w(r"\item " + tex(t))
            w(r"\end{cvlist}")
        w(r"\end{cv}")
        w(r"\end{document}")

    # ---------------------------------------------------------- europasscv
    def europasscv(self):
        w, lg = self.w, self.lg
        w(r"\documentclass[english,a4paper]{europasscv}")
        if self.engine == "pdflatex":
            w(r"\usepackage[T1]{fontenc}")
            w(r"\usepackage[utf8]{inputenc}")
            w(r"\input{glyphtounicode}\pdfgentounicode=1")
        cjk(lg, w, sans=True)
        if lg != "en":
            w(r"\makeatletter\def\ecv@infosectionkey{%s}\makeatother" %
              ("个人信息" if lg == "zh" else "个人信息 Personal information"))
        w(r"\ecvname{%s}" % self.name_line(" / "))
        b = self.b
        if b.get("location"):
            w(r"\ecvaddress{%s}" % tex(J.loc_str(b["location"])))
        if b.get("phone"):
            w(r"\ecvmobile{%s}" % tex(b["phone"]))
        if b.get("email"):
            w(r"\ecvemail{%s}" % tex(b["email"]))
        if b.get("url"):
            w(r"\ecvhomepage{%s}" % J.strip_scheme(b["url"]))
        others = []
        for p in b.get("profiles") or []:
            net = (p.get("network") or "").lower()
            u = J.strip_scheme(p.get("url") or "")
            if net == "github" and u:
                w(r"\ecvgithubpage{%s}" % u)
            elif net == "gitlab" and u:
                w(r"\ecvgitlabpage{%s}" % u)
            elif net == "linkedin" and u:
                w(r"\ecvlinkedinpage{%s}" % u)
            else:
                others.append(p)
        for p in others:
            w(r"\ecvim{%s}{%s}" % (tex(p.get("network", "")), tex(J.strip_scheme(p.get("url") or "") or p.get("username", ""))))
        w(r"\ecvfootername{%s}" % tex(b.get("name", "")))
        w(r"\begin{document}")
        w(r"\begin{europasscv}")
        w(r"\ecvpersonalinfo")
        if b.get("label"):
            w(r"\ecvbigitem{%s}{%s}" % ({"zh": "求职意向", "en": "Job applied for", "bi": "求职意向 Job applied for"}[lg],
                                       tex(b["label"])))
        for s in self.blocks:
            w(r"\ecvsection{%s}" % tex(s["title"]))
            if s["kind"] == "text":
                w(r"\ecvitem{}{%s}" % r"\newline ".join(tex(p) for p in s["items"]))
            elif s["kind"] == "entries":
                for e in s["items"]:
                    title = e["role"] or e["org"]
                    w(r"\ecvtitle{%s}{%s}" % (tex(e["date"]), tex(title)))
                    sub = []
                    if e["role"]:
                        sub.append(href(e["url"], e["org"]))
                    elif e["url"]:
                        sub.append(href(e["url"], J.strip_scheme(e["url"])))
                    if e["loc"]:
                        sub.append(tex(e["loc"]))
                    if sub:
                        w(r"\ecvitem{}{%s}" % ", ".join(sub))
                    for p in paras(e["paras"], lg, bold=False):
                        w(r"\ecvitem{}{%s}" % p)
                    if e["bullets"]:
                        w(r"\ecvitem{}{\begin{ecvitemize}" + "".join(r"\item " + tex(h) for h in e["bullets"])
                          + r"\end{ecvitemize}}")
            elif s["kind"] == "pairs":
                for a, t in s["items"]:
                    w(r"\ecvblueitem{%s}{%s}" % (tex(a), tex(t)))
            else:
                w(r"\ecvitem{}{\begin{ecvitemize}" + "".join(r"\item " + tex(t) for t in s["items"])
                  + r"\end{ecvitemize}}")
        w(r"\end{europasscv}")
        w(r"\end{document}")

    # ------------------------------------------------------------ ctexnum
    def ctexnum(self):
        w, lg = self.w, self.lg
        if lg == "en":
            w(r"\documentclass[10pt,a4paper]{article}")
            latin(self.engine, w, r"\usepackage{charter}")
            w(r"\renewcommand{\thesection}{\Roman{section}.}")
            w(r"\usepackage{titlesec}")
            w(r"\titleformat{\section}{\large\bfseries\scshape}{\thesection}{0.6em}{}[\vspace{-4pt}\rule{\linewidth}{0.6pt}]")
            w(r"\titlespacing*{\section}{0pt}{9pt}{4pt}")
        else:
            w(r"\documentclass[UTF8,a4paper,zihao=5,fontset=none]{ctexart}")
            w(r"\setCJKmainfont{Noto Serif CJK SC}[BoldFont=Noto Sans CJK SC Bold]")
            w(r"\setCJKsansfont{Noto Sans CJK SC}")
            w(r"\setmainfont{TeX Gyre Termes}")
            w(r"\ctexset{section={name={,、},number=\chinese{section},format=\large\bfseries\raggedright,"
              r"aftername={},beforeskip=9pt,afterskip=4pt}}")
        w(r"\usepackage[margin=1.7cm]{geometry}")
        w(r"\usepackage{tabularx,array,xcolor}")
        w(r"\usepackage[hidelinks]{hyperref}")
        w(r"\usepackage{enumitem}\setlist[itemize]{leftmargin=1.2em,itemsep=0pt,topsep=1pt,parsep=0pt}")
        w(r"\setlength{\parindent}{0pt}\pagestyle{empty}")
        w(r"\renewcommand{\arraystretch}{1.25}")
        w(r"\newcolumntype{L}{>{\raggedright\arraybackslash}X}")
        lb, rb = ("【", "】") if lg != "en" else ("", "")
        w(r"\begin{document}")
        w(r"\begin{center}{\LARGE\bfseries %s}\end{center}" % self.name_line())
        # contact grid: label | value | label | value
        cells = []
        if self.b.get("label"):
            cells.append((J.heading("label", lg), tex(self.b["label"])))
        cells += [(tex(a), v) for a, v in self.contact_items()]
        w(r"\begin{tabularx}{\linewidth}{|>{\bfseries}l|L|>{\bfseries}l|L|}\hline")
        for i in range(0, len(cells), 2):
            row = cells[i:i + 2]
            if len(row) == 1:
                w(r"%s & \multicolumn{3}{l|}{%s}\\\hline" % row[0])
            else:
                w(r"%s & %s & %s & %s\\\hline" % (row[0][0], row[0][1], row[1][0], row[1][1]))
        w(r"\end{tabularx}")
        datew = "3.1cm" if lg == "en" else "3.4cm"
        for s in self.blocks:
            w(r"\section*{}" if False else r"\section{%s}" % tex(s["title"]))
            if s["kind"] == "text":
                w("\n\n".join(tex(p) for p in s["items"]))
            elif s["kind"] == "entries":
                w(r"\begin{tabularx}{\linewidth}{@{}>{\raggedright\arraybackslash}p{%s}L@{}}" % datew)
                for e in s["items"]:
                    head = r"\textbf{%s%s%s}" % (lb, href(e["url"], e["org"]), rb)
                    if e["role"]:
                        head += (r"\quad " if lg != "en" else r", \textit{") + tex(e["role"]) + ("" if lg != "en" else "}")
                    if e["loc"]:
                        head += r"\hfill " + tex(e["loc"])
                    body = [head] + paras(e["paras"], lg)
                    cell = r"\newline ".join(body)
                    if e["bullets"]:
                        cell += r"\begin{itemize}" + "".join(r"\item " + tex(h) for h in e["bullets"]) + r"\end{itemize}"
                    w(r"%s & %s \\" % (tex(e["date"]), cell))
                w(r"\end{tabularx}")
            elif s["kind"] == "pairs":
                w(r"\begin{tabularx}{\linewidth}{@{}>{\bfseries\raggedright\arraybackslash}p{%s}L@{}}" % datew)
                for a, t in s["items"]:
                    w(r"%s & %s \\" % (tex(a), tex(t)))
                w(r"\end{tabularx}")
            else:
                w(r"\begin{itemize}" + "".join(r"\item " + tex(t) for t in s["items"]) + r"\end{itemize}")
        w(r"\end{document}")


def main():
    style, src, dst = sys.argv[1:4]
    d = Doc(J.load(src), style)
    getattr(d, style)()
    # no hyphenation: a value broken as `In-/ternational` is not found as written
    i = d.o.index(r"\begin{document}")
    d.o.insert(i, r"\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(x for x in d.o if x is not None) + "\n")


if __name__ == "__main__":
    main()
