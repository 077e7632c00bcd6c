#!/usr/bin/env python3
"""JSON Resume -> LaTeX source for the article/CV-class layouts.

  usage: to_latex.py STYLE RESUME.json OUT.tex
  STYLE: icons     article + fontawesome5 icons before contact items, ruled \\section headings
         twocol    article + paracol: narrow sidebar (contact, skills, languages), main column
         jake      article + tabular* sub-headings after Jake Gutierrez's resume template
         ctexart   ctexart (Fandol fonts): a typical Chinese one-page resume
         europecv  the europecv class (Europass layout)
         curve     the curve class (rubrics with dated entries)
The first line of the output is a comment naming the TeX engine to use.
"""
import sys

import jrlib as J
from jrlib import tex

ENGINE = {  # (en, zh/bi)
    "icons": ("pdflatex", "lualatex"),
    "twocol": ("pdflatex", "xelatex"),
    "jake": ("pdflatex", "xelatex"),
    "ctexart": ("xelatex", "xelatex"),
    "europecv": ("pdflatex", "xelatex"),
    "curve": ("pdflatex", "xelatex"),
}
DATES = {"icons": ("mon", "dot"), "twocol": ("mmyyyy", "slash"), "jake": ("mon", "dot"),
         "ctexart": ("dot", "dot"), "europecv": ("month", "zh"), "curve": ("year_mon", "dot1")}


def href(url, text):
    if not url:
        return tex(text)
    return r"\href{%s}{%s}" % (J.texurl(url), tex(text))


def cjk_preamble(lg, engine, w, sans=False):
    if lg == "en":
        return
    if engine == "lualatex":
        w(r"\usepackage[fontset=none]{ctex}")
        w(r"\setCJKmainfont{Noto Serif CJK SC}")
        w(r"\setCJKsansfont{Noto Sans CJK SC}")
    else:
        w(r"\usepackage{xeCJK}")
        w(r"\setCJKmainfont{%s}" % ("Noto Sans CJK SC" if sans else "Noto Serif CJK SC"))
        w(r"\setCJKsansfont{Noto Sans CJK SC}")
        w(r"\setCJKmonofont{Noto Sans Mono CJK SC}")


def latin_preamble(lg, engine, w, font=None):
    if engine == "pdflatex":
        w(r"\usepackage[T1]{fontenc}")
        w(r"\usepackage[utf8]{inputenc}")
        if font:
            w(font)
        w(r"\pdfgentounicode=1" if False else r"\input{glyphtounicode}\pdfgentounicode=1")


def paras_tex(paras, lg, bold_labels=True):
    out = []
    c = J.colon(lg)
    for lab, t in paras:
        if lab:
            out.append((r"\textbf{%s}" % tex(lab) if bold_labels else tex(lab)) + c + tex(t))
        else:
            out.append(tex(t))
    return out


class Doc:
    def __init__(self, r, style):
        self.r = r
        self.style = style
        self.lg = J.lang(r)
        self.engine = ENGINE[style][0 if self.lg == "en" else 1]
        ds = DATES[style][0 if self.lg == "en" else 1]
        self.ds = "mon" if ds == "year_mon" else ds
        self.o = ["% engine: " + self.engine]
        self.b = r.get("basics", {})
        sep = {"jake": " -- ", "ctexart": " -- ", "twocol": " -- ", "icons": " -- ",
               "europecv": " -- ", "curve": "--"}[style]
        self.blocks = J.blocks(r, self.lg, self.ds, sep=sep, alt=1 if style in ("twocol", "curve") else 0)

    def w(self, s):
        self.o.append(s)

    def name_line(self):
        name, alt = J.names(self.r)
        return tex(name) + ((r" \,/\, " + tex(alt)) if alt else "")

    # -------------------------------------------------------------- icons
    def icons(self):
        w, lg = self.w, self.lg
        w(r"\documentclass[10pt,a4paper]{article}")
        latin_preamble(lg, self.engine, w, r"\usepackage[default]{sourcesanspro}")
        if self.engine != "pdflatex":
            w(r"\usepackage{fontspec}\setmainfont{Source Sans Pro}" if False else r"\usepackage[default]{sourcesanspro}")
        cjk_preamble(lg, self.engine, w, sans=True)
        if lg != "en":
            w(r"\renewcommand{\CJKfamilydefault}{\CJKsfdefault}" if self.engine == "lualatex" else "")
        w(r"\usepackage[margin=1.8cm]{geometry}")
        w(r"\usepackage{fontawesome5}")
        w(r"\usepackage{xcolor}\definecolor{accent}{HTML}{1F4E79}")
        w(r"\usepackage[hidelinks]{hyperref}")
        w(r"\usepackage{titlesec}")
        w(r"\titleformat{\section}{\color{accent}\large\bfseries}{}{0pt}{}[{\titlerule[0.8pt]}]")
        w(r"\titlespacing*{\section}{0pt}{10pt}{5pt}")
        w(r"\usepackage{enumitem}\setlist[itemize]{leftmargin=1.4em,itemsep=1pt,topsep=2pt}")
        w(r"\setlength{\parindent}{0pt}\pagestyle{empty}")
        w(r"\begin{document}")
        w(r"\begin{center}")
        w(r"{\Huge\bfseries %s}\\[4pt]" % self.name_line())
        if self.b.get("label"):
            w(r"{\large %s}\\[6pt]" % tex(self.b["label"]))
        icon = {"phone": r"\faPhone", "email": r"\faEnvelope", "url": r"\faGlobe",
                "location": r"\faMapMarker*"}
        net_icon = {"github": r"\faGithub", "linkedin": r"\faLinkedin", "gitlab": r"\faGitlab",
                    "twitter": r"\faTwitter", "x": r"\faTwitter", "stack overflow": r"\faStackOverflow",
                    "stackoverflow": r"\faStackOverflow", "weibo": r"\faWeibo", "微博": r"\faWeibo",
                    "zhihu": r"\faZhihu", "知乎": r"\faZhihu", "medium": r"\faMedium"}
        items = []
        for kind, txt, url in J.contacts(self.r, lg):
            if kind.startswith("profile:"):
                ic = net_icon.get(kind.split(":", 1)[1].lower(), r"\faLink")
            else:
                ic = icon[kind]
            t = href(url, txt) if kind not in ("phone", "location") else tex(txt)
            items.append(ic + r"~" + t)
        w(r" \quad ".join(items))
        w(r"\end{center}")
        for s in self.blocks:
            w(r"\section*{%s}" % tex(s["title"]))
            if s["kind"] == "text":
                w("\n\n".join(tex(p) for p in s["items"]))
            elif s["kind"] == "entries":
                for e in s["items"]:
                    head = r"\textbf{%s}" % href(e["url"], e["org"])
                    if e["role"]:
                        head += r" \textbar{} " + tex(e["role"]) if s["key"] != "work" or lg != "en" else r", \textit{%s}" % tex(e["role"])
                    w(head + r"\hfill " + tex(e["date"]) + r"\\")
                    if e["loc"]:
                        w(r"{\small\faMapMarker*~%s}\\" % tex(e["loc"]))
                    for p in paras_tex(e["paras"], lg):
                        w(p + r"\\")
                    if e["bullets"]:
                        w(r"\begin{itemize}")
                        for h in e["bullets"]:
                            w(r"\item " + tex(h))
                        w(r"\end{itemize}")
                    w(r"\medskip")
            elif s["kind"] == "pairs":
                w(r"\begin{itemize}[label={\color{accent}\faAngleRight}]")
                for a, t in s["items"]:
                    w(r"\item " + (r"\textbf{%s}%s" % (tex(a), J.colon(lg)) if a else "") + tex(t))
                w(r"\end{itemize}")
            else:
                w(r"\begin{itemize}")
                for t in s["items"]:
                    w(r"\item " + tex(t))
                w(r"\end{itemize}")
        w(r"\end{document}")

    # -------------------------------------------------------------- twocol
    def twocol(self):
        w, lg = self.w, self.lg
        w(r"\documentclass[10pt,a4paper]{article}")
        latin_preamble(lg, self.engine, w, r"\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}")
        cjk_preamble(lg, self.engine, w, sans=True)
        w(r"\usepackage[margin=1.5cm]{geometry}")
        w(r"\usepackage{paracol}\usepackage{xcolor}\usepackage[hidelinks]{hyperref}")
        w(r"\definecolor{side}{HTML}{EEF2F6}\definecolor{ink}{HTML}{2B4C7E}")
        w(r"\usepackage{enumitem}\setlist[itemize]{leftmargin=1.2em,itemsep=0pt,topsep=2pt}")
        w(r"\setlength{\parindent}{0pt}\pagestyle{empty}")
        w(r"\newcommand{\sidehead}[1]{\vspace{8pt}{\color{ink}\bfseries\MakeUppercase{#1}}\\[-4pt]\rule{\linewidth}{0.4pt}\\}")
        w(r"\newcommand{\mainhead}[1]{\vspace{6pt}{\color{ink}\Large\bfseries #1}\\[-6pt]\rule{\linewidth}{0.8pt}\\}")
        w(r"\columnratio{0.3}\setlength{\columnsep}{1.2em}")
        w(r"\backgroundcolor{c[0](0.4em,0.4em)}{side}")
        w(r"\begin{document}")
        w(r"{\fontsize{26}{30}\selectfont\bfseries\color{ink} %s}\\[2pt]" % self.name_line())
        if self.b.get("label"):
            w(r"{\large %s}" % tex(self.b["label"]))
        w(r"\vspace{10pt}")
        w(r"\begin{paracol}{2}")
        w(r"\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000")
        side_keys = ("skills", "languages", "interests", "certificates")
        w(r"\sidehead{%s}" % J.heading("contact", lg))
        for kind, txt, url in J.contacts(self.r, lg):
            if kind.startswith("profile:"):
                lab = kind.split(":", 1)[1]
            else:
                lab = J.label(kind, lg)
            val = href(url, txt) if kind not in ("phone", "location") else tex(txt)
            w(r"{\small\textbf{%s}}\\{\small %s}\\[3pt]" % (tex(lab), val))
        side = [s for s in self.blocks if s["key"] in side_keys]
        main = [s for s in self.blocks if s["key"] not in side_keys]
        for s in side:
            w(r"\sidehead{%s}" % tex(s["title"]))
            if s["kind"] == "pairs":
                for a, t in s["items"]:
                    if a:
                        w(r"{\small\textbf{%s}}\\{\small %s}\\[3pt]" % (tex(a), tex(t)))
                    else:
                        w(r"{\small %s}\\[3pt]" % tex(t))
            else:
                for t in s["items"]:
                    w(r"{\small %s}\\[2pt]" % tex(t))
        w(r"\switchcolumn")
        w(r"\hyphenpenalty=50\exhyphenpenalty=50")
        for s in main:
            w(r"\mainhead{%s}" % tex(s["title"]))
            if s["kind"] == "text":
                w("\n\n".join(tex(p) for p in s["items"]) + r"\par")
            elif s["kind"] == "entries":
                for e in s["items"]:
                    role = tex(e["role"])
                    if role:
                        w(r"{\bfseries %s}\hfill{\small\color{ink}%s}\\" % (role, tex(e["date"])))
                        w(r"{\itshape %s}%s\\" % (href(e["url"], e["org"]), (r" \textbullet{} " + tex(e["loc"])) if e["loc"] else ""))
                    else:
                        w(r"{\bfseries %s}\hfill{\small\color{ink}%s}\\" % (href(e["url"], e["org"]), tex(e["date"])))
                    for p in paras_tex(e["paras"], lg, bold_labels=False):
                        w(r"{\small %s}\\" % p)
                    if e["bullets"]:
                        w(r"\begin{itemize}\small")
                        for h in e["bullets"]:
                            w(r"\item " + tex(h))
                        w(r"\end{itemize}")
                    w(r"\vspace{4pt}")
            elif s["kind"] == "pairs":
                for a, t in s["items"]:
                    w((r"\textbf{%s}%s" % (tex(a), J.colon(lg)) if a else "") + tex(t) + r"\\")
            else:
                w(r"\begin{itemize}")
                for t in s["items"]:
                    w(r"\item " + tex(t))
                w(r"\end{itemize}")
        w(r"\end{paracol}")
        w(r"\end{document}")

    # -------------------------------------------------------------- jake
    def jake(self):
        w, lg = self.w, self.lg
        w(r"\documentclass[letterpaper,11pt]{article}")
        latin_preamble(lg, self.engine, w)
        cjk_preamble(lg, self.engine, w)
        w(r"\usepackage{latexsym}\usepackage[empty]{fullpage}\usepackage{titlesec}")
        w(r"\usepackage{marvosym}\usepackage[usenames,dvipsnames]{color}\usepackage{verbatim}")
        w(r"\usepackage{enumitem}\usepackage[hidelinks]{hyperref}\usepackage{fancyhdr}")
        w(r"\usepackage{tabularx}")
        w(r"\pagestyle{fancy}\fancyhf{}\fancyfoot{}\renewcommand{\headrulewidth}{0pt}\renewcommand{\footrulewidth}{0pt}")
        w(r"\addtolength{\oddsidemargin}{-0.5in}\addtolength{\evensidemargin}{-0.5in}")
        w(r"\addtolength{\textwidth}{1in}\addtolength{\topmargin}{-.5in}\addtolength{\textheight}{1.0in}")
        w(r"\urlstyle{same}\raggedbottom\raggedright\setlength{\tabcolsep}{0in}")
        w(r"\titleformat{\section}{\vspace{-4pt}\scshape\raggedright\large}{}{0em}{}[\color{black}\titlerule \vspace{-5pt}]")
        w(r"\newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}")
        w(r"\newcommand{\resumeSubheading}[4]{\vspace{-2pt}\item"
          r"\begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}"
          r"\textbf{#1} & #2 \\ \textit{\small#3} & \textit{\small #4} \\ \end{tabular*}\vspace{-7pt}}")
        w(r"\newcommand{\resumeProjectHeading}[2]{\item"
          r"\begin{tabular*}{0.97\textwidth}{l@{\extracolsep{\fill}}r}"
          r"\small#1 & #2 \\ \end{tabular*}\vspace{-7pt}}")
        w(r"\renewcommand\labelitemii{$\vcenter{\hbox{\tiny$\bullet$}}$}")
        w(r"\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}")
        w(r"\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}")
        w(r"\newcommand{\resumeItemListStart}{\begin{itemize}}")
        w(r"\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}")
        w(r"\begin{document}")
        w(r"\begin{center}")
        w(r"\textbf{\Huge \scshape %s} \\ \vspace{1pt}" % self.name_line())
        if self.b.get("label"):
            w(r"{\small %s} \\ \vspace{1pt}" % tex(self.b["label"]))
        parts = []
        for kind, txt, url in J.contacts(self.r, lg):
            if kind in ("phone", "location"):
                parts.append(tex(txt))
            else:
                parts.append(r"\href{%s}{\underline{%s}}" % (J.texurl(url), tex(txt)))
        w(r"\small " + r" $|$ ".join(parts))
        w(r"\end{center}")
        for s in self.blocks:
            w(r"\section{%s}" % tex(s["title"]))
            if s["kind"] == "text":
                w(r"\small " + "\n\n".join(tex(p) for p in s["items"]))
            elif s["kind"] == "entries" and s["key"] == "projects":
                w(r"\resumeSubHeadingListStart")
                for e in s["items"]:
                    kw = [t for lab, t in e["paras"] if lab == J.label("keywords", lg)]
                    other = [(lab, t) for lab, t in e["paras"] if lab != J.label("keywords", lg)]
                    head = r"\textbf{%s}" % href(e["url"], e["org"])
                    if e["role"]:
                        head += r" $|$ " + tex(e["role"])
                    if kw:
                        head += r" $|$ \emph{%s}" % tex(kw[0])
                    w(r"\resumeProjectHeading{%s}{%s}" % (head, tex(e["date"])))
                    its = paras_tex(other, lg) + [tex(h) for h in e["bullets"]]
                    if its:
                        w(r"\resumeItemListStart")
                        for t in its:
                            w(r"\resumeItem{%s}" % t)
                        w(r"\resumeItemListEnd")
                w(r"\resumeSubHeadingListEnd")
            elif s["kind"] == "entries":
                w(r"\resumeSubHeadingListStart")
                for e in s["items"]:
                    w(r"\resumeSubheading{%s}{%s}{%s}{%s}" % (href(e["url"], e["org"]), tex(e["date"]),
                                                             tex(e["role"]), tex(e["loc"])))
                    its = paras_tex(e["paras"], lg) + [tex(h) for h in e["bullets"]]
                    if its:
                        w(r"\resumeItemListStart")
                        for t in its:
                            w(r"\resumeItem{%s}" % t)
                        w(r"\resumeItemListEnd")
                w(r"\resumeSubHeadingListEnd")
            elif s["kind"] == "pairs":
                w(r"\begin{itemize}[leftmargin=0.15in, label={}]\small{\item{")
                w(r" \\ ".join((r"\textbf{%s}{%s}" % (tex(a), J.colon(lg)) if a else "") + tex(t) for a, t in s["items"]))
                w(r"}}\end{itemize}")
            else:
                w(r"\begin{itemize}[leftmargin=0.15in]")
                for t in s["items"]:
                    w(r"\resumeItem{%s}" % tex(t))
                w(r"\end{itemize}")
        w(r"\end{document}")

    # -------------------------------------------------------------- ctexart
    def ctexart(self):
        w, lg = self.w, self.lg
        w(r"\documentclass[UTF8,a4paper,zihao=-4,fontset=fandol]{ctexart}")
        w(r"\usepackage[top=1.5cm,bottom=1.5cm,left=2cm,right=2cm]{geometry}")
        w(r"\usepackage{xcolor}\usepackage{tabularx}\usepackage[hidelinks]{hyperref}")
        w(r"\usepackage{enumitem}\setlist[itemize]{leftmargin=1.5em,itemsep=0pt,topsep=2pt,label=\textbullet}")
        w(r"\ctexset{section={format=\large\bfseries\color{blue!50!black},beforeskip=8pt,afterskip=4pt,"
          r"aftername={},afterindent=false,numbering=false}}")
        w(r"\usepackage{titlesec}\titleformat{\section}{\large\bfseries\color{blue!50!black}}{}{0pt}{}[\vspace{-6pt}\rule{\textwidth}{0.6pt}]")
        w(r"\pagestyle{empty}\setlength{\parindent}{0pt}")
        w(r"\begin{document}")
        w(r"\begin{center}{\zihao{2}\heiti %s}\end{center}" % self.name_line())
        cs = J.contacts(self.r, lg)
        rows = []
        for kind, txt, url in cs:
            lab = kind.split(":", 1)[1] if kind.startswith("profile:") else J.label(kind, lg)
            rows.append((tex(lab), href(url, txt) if kind not in ("phone", "location") else tex(txt)))
        w(r"{\hyphenpenalty=10000\exhyphenpenalty=10000")
        w(r"\begin{tabularx}{\textwidth}{@{}>{\raggedright\arraybackslash}X>{\raggedright\arraybackslash}X@{}}")
        if self.b.get("label"):
            w(r"\multicolumn{2}{@{}l@{}}{\textbf{%s}%s%s} \\" % (J.heading("label", lg), J.colon(lg), tex(self.b["label"])))
        for i in range(0, len(rows), 2):
            pair = rows[i:i + 2]
            cells = [r"\textbf{%s}%s%s" % (a, J.colon(lg), v) for a, v in pair]
            while len(cells) < 2:
                cells.append("")
            w(" & ".join(cells) + r" \\")
        w(r"\end{tabularx}}")
        for s in self.blocks:
            w(r"\section{%s}" % tex(s["title"]))
            if s["kind"] == "text":
                w("\n\n".join(tex(p) for p in s["items"]))
            elif s["kind"] == "entries":
                for e in s["items"]:
                    mid = tex(e["role"])
                    w(r"\textbf{%s}\hfill %s\hfill %s\\" % (href(e["url"], e["org"]), mid, tex(e["date"])))
                    if e["loc"]:
                        w(r"%s%s%s\\" % (J.label("location", lg), J.colon(lg), tex(e["loc"])))
                    for p in paras_tex(e["paras"], lg):
                        w(p + r"\\")
                    if e["bullets"]:
                        w(r"\begin{itemize}")
                        for h in e["bullets"]:
                            w(r"\item " + tex(h))
                        w(r"\end{itemize}")
                    w(r"\vspace{4pt}")
            elif s["kind"] == "pairs":
                w(r"\begin{itemize}")
                for a, t in s["items"]:
                    w(r"\item " + (r"\textbf{%s}%s" % (tex(a), J.colon(lg)) if a else "") + tex(t))
                w(r"\end{itemize}")
            else:
                w(r"\begin{itemize}")
                for t in s["items"]:
                    w(r"\item " + tex(t))
                w(r"\end{itemize}")
        w(r"\end{document}")

    # -------------------------------------------------------------- europecv
    def europecv(self):
        w, lg = self.w, self.lg
        opts = "english,a4paper,nologo" + (",notitle" if lg != "en" else "")
        w(r"\documentclass[%s]{europecv}" % opts)
        latin_preamble(lg, self.engine, w)
        cjk_preamble(lg, self.engine, w)
        w(r"\usepackage[top=1.5cm,bottom=1.5cm,left=1.2cm,right=1.5cm]{geometry}")
        w(r"\usepackage{graphicx}\usepackage[hidelinks]{hyperref}")
        name, alt = J.names(self.r)
        w(r"\ecvname{%s}" % (tex(name) + ((" / " + tex(alt)) if alt else "")))
        loc = J.loc_str(self.b.get("location"))
        if loc:
            w(r"\ecvaddress{%s}" % tex(loc))
        if self.b.get("phone"):
            w(r"\ecvtelephone{%s}" % tex(self.b["phone"]))
        if self.b.get("email"):
            w(r"\ecvemail{\href{mailto:%s}{%s}}" % (J.texurl(self.b["email"]), tex(self.b["email"])))
        if self.b.get("url"):
            w(r"\ecvhomepage{\url{%s}}" % J.texurl(self.b["url"]))
        w(r"\begin{document}")
        w(r"\begin{europecv}")
        if lg != "en":
            w(r"\ecvtitle{}{%s}" % ("个人简历" if lg == "zh" else "个人简历 Curriculum Vitae"))
        w(r"\ecvpersonalinfo")
        for p in self.b.get("profiles") or []:
            w(r"\ecvitem{%s}{%s}" % (tex(p.get("network", "")), href(p.get("url"), J.strip_scheme(p.get("url") or p.get("username", "")))))
        if self.b.get("label"):
            w(r"\ecvitem{\large %s}{\large %s}" % (
                {"en": "Desired employment", "zh": "求职意向", "bi": "求职意向 Objective"}[lg], tex(self.b["label"])))
        L = {"en": ("Dates", "Occupation or position held", "Name of employer", "Main activities and responsibilities",
                    "Title of qualification awarded", "Name of organisation providing education", "Project", "Organisation"),
             "zh": ("时间", "职位", "单位名称", "主要职责", "学位与专业", "学校", "项目名称", "所属单位")}
        Lb = tuple(f"{a} {b}" for a, b in zip(L["zh"], L["en"]))
        lab = L.get(lg, Lb)
        for s in self.blocks:
            w(r"\ecvsection{%s}" % tex(s["title"]))
            if s["kind"] == "text":
                w(r"\ecvitem{}{%s}" % r"\newline ".join(tex(p) for p in s["items"]))
            elif s["kind"] == "entries":
                for e in s["items"]:
                    if e["date"]:
                        w(r"\ecvitem{%s}{%s}" % (lab[0], tex(e["date"])))
                    if s["key"] == "education":
                        if e["role"]:
                            w(r"\ecvitem{%s}{%s}" % (lab[4], tex(e["role"])))
                        w(r"\ecvitem{%s}{%s}" % (lab[5], href(e["url"], e["org"])))
                    elif s["key"] == "projects":
                        w(r"\ecvitem{%s}{\textbf{%s}}" % (lab[6], href(e["url"], e["org"])))
                        if e["role"]:
                            w(r"\ecvitem{%s}{%s}" % (lab[7], tex(e["role"])))
                    else:
                        if e["role"]:
                            w(r"\ecvitem{%s}{\textbf{%s}}" % (lab[1], tex(e["role"])))
                        w(r"\ecvitem{%s}{%s}" % (lab[2], href(e["url"], e["org"]) + ((", " + tex(e["loc"])) if e["loc"] else "")))
                    body = paras_tex(e["paras"], lg, bold_labels=False)
                    if e["bullets"]:
                        body.append(r"\begin{itemize}" + "".join(r"\item " + tex(h) for h in e["bullets"]) + r"\end{itemize}")
                    if body:
                        w(r"\ecvitem{%s}{%s}" % (lab[3] if s["key"] in ("work", "volunteer") else "", r"\newline ".join(body)))
                    w(r"\ecvitem{}{}")
            elif s["kind"] == "pairs":
                for a, t in s["items"]:
                    w(r"\ecvitem{%s}{%s}" % (tex(a), tex(t)))
            else:
                for t in s["items"]:
                    w(r"\ecvitem{}{%s}" % tex(t))
        w(r"\end{europecv}")
        w(r"\end{document}")

    # -------------------------------------------------------------- curve
    def curve(self):
        w, lg = self.w, self.lg
        w(r"\documentclass[a4paper,11pt]{curve}")
        latin_preamble(lg, self.engine, w, r"\usepackage{charter}")
        cjk_preamble(lg, self.engine, w)
        w(r"\usepackage[top=1.8cm,bottom=1.8cm,left=2cm,right=2cm]{geometry}")
        w(r"\usepackage[hidelinks]{hyperref}")
        cs = [tex(t) if k in ("phone", "location") else href(u, t) for k, t, u in J.contacts(self.r, lg)]
        half = (len(cs) + 1) // 2
        w(r"\leftheader{%s}" % r"\\".join(cs[:half]))
        w(r"\rightheader{%s}" % (r"\\".join(cs[half:]) or "~"))
        w(r"\title{%s}" % self.name_line())
        if self.b.get("label"):
            w(r"\subtitle{%s}" % tex(self.b["label"]))
        rub = []
        for s in self.blocks:
            body = [r"\begin{rubric}{%s}" % tex(s["title"])]
            if s["kind"] == "text":
                body.append(r"\entry*" + r" \newline ".join(tex(p) for p in s["items"]))
            elif s["kind"] == "entries":
                for e in s["items"]:
                    head = r"\textbf{%s}" % href(e["url"], e["org"])
                    if e["role"]:
                        head += r", \emph{%s}" % tex(e["role"])
                    if e["loc"]:
                        head += ", " + tex(e["loc"])
                    body.append(r"\entry*[%s] %s" % (tex(e["date"]), head))
                    for p in paras_tex(e["paras"], lg):
                        body.append(r"\newline " + p)
                    for h in e["bullets"]:
                        body.append(r"\newline -- " + tex(h))
            elif s["kind"] == "pairs":
                for a, t in s["items"]:
                    body.append(r"\entry*[%s] %s" % (tex(a), tex(t)))
            else:
                for t in s["items"]:
                    body.append(r"\entry* " + tex(t))
            body.append(r"\end{rubric}")
            fn = "rubric-" + s["key"]
            rub.append(fn)
            w(r"\begin{filecontents*}[overwrite]{%s.tex}" % fn)
            for line in body:
                w(line)
            w(r"\end{filecontents*}")
        w(r"\begin{document}")
        w(r"\makeheaders[c]")
        w(r"\maketitle")
        for fn in rub:
            w(r"\makerubric{%s}" % fn)
        w(r"\end{document}")


def main():
    style, src, dst = sys.argv[1:4]
    r = J.load(src)
    d = Doc(r, style)
    getattr(d, style)()
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(x for x in d.o if x != "") + "\n")


if __name__ == "__main__":
    main()
