#!/usr/bin/env python3
"""JSON Resume -> moderncv LaTeX source (unmodified moderncv class from TeX Live).

  usage: to_moderncv.py STYLE RESUME.json OUT.tex     STYLE: classic | banking | casual
English resumes compile with pdflatex; Chinese and bilingual ones with xelatex
(xeCJK with Noto CJK fonts).
"""
import sys

import jrlib as J
from jrlib import tex

SOCIAL = {"github": "github", "gitlab": "gitlab", "linkedin": "linkedin",
          "twitter": "twitter", "x": "twitter", "stackoverflow": "stackoverflow",
          "stack overflow": "stackoverflow", "orcid": "orcid", "researchgate": "researchgate"}

DATESTYLE = {"classic": ("mon", "dot"), "banking": ("month", "zh"), "casual": ("mmyyyy", "slash")}


def main():
    style, src, dst = sys.argv[1:4]
    r = J.load(src)
    lg = J.lang(r)
    ds = DATESTYLE[style][0 if lg == "en" else 1]
    b = r.get("basics", {})
    o = []
    w = o.append

    def dr(a, z):
        return tex(J.date_range(a, z, lg, ds, sep="--"))

    w(r"\documentclass[11pt,a4paper,sans]{moderncv}")
    w(r"\moderncvstyle{%s}" % style)
    w(r"\moderncvcolor{%s}" % {"classic": "blue", "banking": "black", "casual": "green"}[style])
    if lg == "en":
        w(r"\usepackage[T1]{fontenc}")
        w(r"\usepackage[utf8]{inputenc}")
    else:
        w(r"\usepackage{xeCJK}")
    if lg != "en":
        w(r"\setCJKmainfont{Noto Serif CJK SC}")
        w(r"\setCJKsansfont{Noto Sans CJK SC}")
        w(r"\setCJKmonofont{Noto Sans Mono CJK SC}")
    w(r"\usepackage[scale=0.8]{geometry}")
    # the hint (left) column holds dates and skill/language labels: size it to the
    # longest one, as a user tuning the template would; longer labels go inline
    hints = [J.date_range(e.get("startDate"), e.get("endDate"), lg, ds, sep="–")
             for k in ("work", "education", "projects", "volunteer") for e in J.list_of(r, k)]
    hints += [e.get("name", "") for e in J.list_of(r, "skills")]
    hints += [e.get("language", "") for e in J.list_of(r, "languages")]
    units = max([J.width(h) for h in hints if J.width(h) <= 22] or [10])
    hintw = min(4.2, max(2.6, units * 0.19 + 0.2))
    inline_cut = int((hintw - 0.2) / 0.19)
    if style != "banking":
        w(r"\setlength{\hintscolumnwidth}{%.1fcm}" % hintw)
    name, alt = J.names(r)
    if lg == "en" and " " in name:
        first, last = name.rsplit(" ", 1)
        w(r"\name{%s}{%s}" % (tex(first), tex(last)))
    elif alt:
        w(r"\name{%s}{%s}" % (tex(name), tex(alt)))
    else:
        w(r"\name{%s}{}" % tex(name))
    if b.get("label"):
        w(r"\title{%s}" % tex(b["label"]))
    loc = b.get("location") or {}
    if isinstance(loc, dict) and (loc.get("city") or loc.get("address")):
        parts = [loc.get("address"), loc.get("city"), loc.get("region")]
        parts = [tex(p) for p in parts if p]
        while len(parts) < 2:
            parts.append("")
        w(r"\address{%s}{%s}{%s}" % (parts[0], parts[1], tex(loc.get("countryCode", ""))))
    if b.get("phone"):
        w(r"\phone[mobile]{%s}" % tex(b["phone"]))
    if b.get("email"):
        w(r"\email{%s}" % tex(b["email"]))
    if b.get("url"):
        w(r"\homepage{%s}" % tex(J.strip_scheme(b["url"])))
    extra = []
    for p in b.get("profiles") or []:
        net = (p.get("network") or "").lower()
        if net in SOCIAL and p.get("username"):
            w(r"\social[%s]{%s}" % (SOCIAL[net], tex(p["username"])))
        else:
            extra.append(f"{tex(p.get('network', ''))}: {tex(J.strip_scheme(p.get('url') or p.get('username', '')))}")
    if extra:
        w(r"\extrainfo{%s}" % r" \\ ".join(extra))
    w(r"\begin{document}")
    w(r"\makecvtitle")

    def itemize(items):
        if not items:
            return ""
        return r"\begin{itemize}" + "".join(r"\item " + tex(h) for h in items) + r"\end{itemize}"

    def desc(summary, items, pre=()):
        parts = [x for x in pre if x]
        if summary:
            parts.append(tex(summary))
        body = r"\newline{}".join(parts)
        it = itemize(items)
        if body and it:
            return body + r"%" + "\n" + it
        return body or it

    c = J.colon(lg)
    if b.get("summary"):
        w(r"\section{%s}" % J.heading("summary", lg))
        w(r"\cvitem{}{%s}" % tex(b["summary"]).replace("\n", r"\newline{}"))
    for key in J.section_order(r):
        items = J.list_of(r, key)
        w(r"\section{%s}" % J.heading(key, lg))
        for e in items:
            if key in ("work", "volunteer"):
                name = e.get("name") or e.get("organization") or ""
                if e.get("url"):
                    name_t = r"\href{%s}{%s}" % (J.texurl(e["url"]), tex(name))
                else:
                    name_t = tex(name)
                w(r"\cventry{%s}{%s}{%s}{%s}{}{%s}" % (
                    dr(e.get("startDate"), e.get("endDate")), tex(e.get("position", "")), name_t,
                    tex(J.loc_str(e.get("location"))), desc(e.get("summary"), e.get("highlights"))))
            elif key == "education":
                deg = " ".join(x for x in (e.get("studyType"), e.get("area")) if x) if lg == "en" else \
                    "，".join(x for x in (e.get("area"), e.get("studyType")) if x)
                grade = ("GPA" + c + tex(e["score"])) if e.get("score") else ""
                extra_lines = []
                if e.get("courses"):
                    extra_lines.append(J.label("courses", lg) + c + tex(J.kwsep(lg).join(e["courses"])))
                w(r"\cventry{%s}{%s}{%s}{}{%s}{%s}" % (
                    dr(e.get("startDate"), e.get("endDate")), tex(deg), tex(e.get("institution", "")),
                    grade, desc("", e.get("highlights"), extra_lines)))
            elif key == "projects":
                pre = []
                if e.get("description"):
                    pre.append(tex(e["description"]))
                if e.get("roles"):
                    pre.append(r"\textbf{%s}%s%s" % (J.label("roles", lg), c, tex("；".join(e["roles"]) if lg == "zh" else "; ".join(e["roles"]))))
                if e.get("keywords"):
                    pre.append(r"\textbf{%s}%s%s" % (J.label("keywords", lg), c, tex(", ".join(e["keywords"]))))
                if e.get("url"):
                    pre.append(r"\url{%s}" % J.texurl(e["url"]))
                w(r"\cventry{%s}{%s}{%s}{}{}{%s}" % (
                    dr(e.get("startDate"), e.get("endDate")), tex(e.get("name", "")),
                    tex(e.get("entity", "")), desc("", e.get("highlights"), pre)))
            elif key == "skills":
                lev = f" ({tex(e['level'])})" if e.get("level") else ""
                if J.width(e.get("name", "")) > inline_cut and style != "banking":
                    w(r"\cvitem{}{\textbf{%s}%s%s%s}" % (tex(e.get("name", "")), c, tex(J.kwsep(lg).join(e.get("keywords") or [])), lev))
                else:
                    w(r"\cvitem{%s}{%s%s}" % (tex(e.get("name", "")), tex(J.kwsep(lg).join(e.get("keywords") or [])), lev))
            elif key == "awards":
                t = tex(e.get("title", ""))
                if e.get("awarder"):
                    t += ", " + tex(e["awarder"])
                if e.get("summary"):
                    t += r"\newline{}" + tex(e["summary"])
                w(r"\cvitem{%s}{%s}" % (tex(J.fmt_date(e.get("date"), ds)), t))
            elif key == "certificates":
                t = tex(e.get("name", ""))
                if e.get("issuer"):
                    t += ", " + tex(e["issuer"])
                w(r"\cvitem{%s}{%s}" % (tex(J.fmt_date(J.cert_date(e), ds)), t))
            elif key == "publications":
                t = r"\emph{%s}" % tex(e.get("name", ""))
                if e.get("publisher"):
                    t += ", " + tex(e["publisher"])
                if e.get("summary"):
                    t += r"\newline{}" + tex(e["summary"])
                w(r"\cvitem{%s}{%s}" % (tex(J.fmt_date(e.get("releaseDate"), ds)), t))
            elif key == "languages":
                if J.width(e.get("language", "")) > inline_cut and style != "banking":
                    w(r"\cvitem{}{\textbf{%s}%s%s}" % (tex(e.get("language", "")), c, tex(e.get("fluency", ""))))
                else:
                    w(r"\cvitemwithcomment{%s}{%s}{}" % (tex(e.get("language", "")), tex(e.get("fluency", ""))))
            elif key == "interests":
                w(r"\cvlistitem{%s}" % tex(J.interest_str(e)))
            elif key == "references":
                w(r"\cvitem{%s}{%s}" % (tex(e.get("name", "")), tex(e.get("reference", ""))))
    w(r"\end{document}")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("\n".join(o) + "\n")


if __name__ == "__main__":
    main()
