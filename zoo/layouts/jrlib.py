"""Small helpers shared by the layout converters (JSON Resume -> generator input).

Everything here is presentation: the converters print the resume's values as
written; only dates are re-formatted (the truth keeps ISO dates).
"""
import json
import re
import sys

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _texts(r):
    out = []

    def walk(v):
        if isinstance(v, str):
            if not v.startswith("http") and "@" not in v:
                out.append(v)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for k, x in v.items():
                if k in ("url", "email", "phone", "username", "network", "keywords"):
                    continue
                walk(x)
    walk(r)
    return out


def lang(r):
    """'zh', 'en' or 'bi' (both scripts carry content); ZOO_LANG overrides."""
    import os
    if os.environ.get("ZOO_LANG") in ("zh", "en", "bi"):
        return os.environ["ZOO_LANG"]
    texts = _texts(r)
    cjk = sum(len(CJK.findall(t)) for t in texts)
    latin = sum(len(LATIN_WORD.findall(t)) for t in texts)
    if r.get("meta", {}).get("x-lang") in ("zh", "en", "bi"):
        return r["meta"]["x-lang"]
    if cjk == 0:
        return "en"
    b = r.get("basics", {})
    if b.get("x-altName"):
        return "bi"
    # a Chinese resume still has tech words in Latin; call it bilingual only
    # when Latin words are a sizeable part of the prose
    if latin * 2.0 > cjk:
        return "bi"
    return "zh"


def has_cjk(s):
    return bool(CJK.search(s or ""))


def fmt_date(d, style="dot"):
    """Format an ISO date prefix in one of several human styles."""
    if not d:
        return ""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d)
    if not m:
        return d
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if not mo:
        return y
    mi = int(mo)
    if da:
        di = int(da)
        if style in ("mon", "month"):
            return f"{(MONTHS if style == 'mon' else MONTHS_LONG)[mi-1]} {di}, {y}"
        if style == "zh":
            return f"{y}年{mi}月{di}日"
        if style == "mmyyyy":
            return f"{mo}/{da}/{y}"
        if style in ("dot", "dot1"):
            return f"{y}.{mo}.{da}"
        if style == "slash":
            return f"{y}/{mo}/{da}"
        if style == "year":
            return y
        return f"{y}-{mo}-{da}"
    if style == "dot":
        return f"{y}.{mo}"
    if style == "dot1":
        return f"{y}.{mi}"
    if style == "slash":
        return f"{y}/{mo}"
    if style == "mmyyyy":
        return f"{mo}/{y}"
    if style == "mon":
        return f"{MONTHS[mi-1]} {y}"
    if style == "month":
        return f"{MONTHS_LONG[mi-1]} {y}"
    if style == "zh":
        return f"{y}年{mi}月"
    if style == "iso":
        return f"{y}-{mo}"
    if style == "year":
        return y
    return f"{y}.{mo}"


def present(lg, alt=0):
    if lg == "zh":
        return ["至今", "今", "现在"][alt % 3]
    if lg == "bi":
        return ["至今", "Present"][alt % 2]
    return ["Present", "Now", "Current"][alt % 3]


def date_range(start, end, lg, style="dot", sep=" – ", alt=0):
    if not start and not end:
        return ""
    s = fmt_date(start, style)
    if end:
        e = fmt_date(end, style)
    else:
        e = present(lg, alt)
    if not start:
        return e if end else ""
    return f"{s}{sep}{e}"


H = {
    "summary": ("个人简介", "Summary"),
    "work": ("工作经历", "Experience"),
    "education": ("教育背景", "Education"),
    "projects": ("项目经历", "Projects"),
    "skills": ("专业技能", "Skills"),
    "awards": ("荣誉奖项", "Awards"),
    "certificates": ("资格证书", "Certifications"),
    "publications": ("论文著作", "Publications"),
    "languages": ("语言能力", "Languages"),
    "interests": ("兴趣爱好", "Interests"),
    "volunteer": ("志愿经历", "Volunteer"),
    "references": ("推荐人", "References"),
    "contact": ("联系方式", "Contact"),
    "label": ("求职意向", "Objective"),
    "profiles": ("社交账号", "Profiles"),
}

LBL = {
    "email": ("邮箱", "Email"),
    "phone": ("电话", "Phone"),
    "url": ("个人网站", "Website"),
    "location": ("所在地", "Location"),
    "roles": ("担任角色", "Role"),
    "keywords": ("技术栈", "Tech stack"),
    "score": ("GPA", "GPA"),
    "courses": ("主修课程", "Courses"),
    "desc": ("项目描述", "Description"),
}


def heading(key, lg):
    zh, en = H[key]
    if lg == "zh":
        return zh
    if lg == "en":
        return en
    return f"{zh} {en}"


def label(key, lg):
    zh, en = LBL[key]
    if lg == "zh":
        return zh
    if lg == "en":
        return en
    return f"{zh} {en}"


def colon(lg):
    return "：" if lg == "zh" else ": "


def loc_str(loc):
    if not loc:
        return ""
    if isinstance(loc, str):
        return loc
    parts = [loc.get("address"), loc.get("city"), loc.get("region")]
    parts = [p for p in parts if p]
    s = ", ".join(parts)
    if loc.get("countryCode") and not parts:
        s = loc["countryCode"]
    return s


def contacts(r, lg):
    """Ordered list of (kind, text, url) for the header."""
    b = r.get("basics", {})
    out = []
    if b.get("phone"):
        out.append(("phone", b["phone"], "tel:" + re.sub(r"[^\d+]", "", b["phone"])))
    if b.get("email"):
        out.append(("email", b["email"], "mailto:" + b["email"]))
    if b.get("url"):
        out.append(("url", strip_scheme(b["url"]), b["url"]))
    loc = loc_str(b.get("location"))
    if loc:
        out.append(("location", loc, None))
    for p in b.get("profiles", []) or []:
        u = p.get("url") or ""
        txt = strip_scheme(u) if u else f"{p.get('network','')}: {p.get('username','')}"
        out.append(("profile:" + (p.get("network") or ""), txt, u or None))
    return out


def width(s):
    return sum(2 if CJK.match(c) or ord(c) > 0x2e80 else 1 for c in s)


def strip_scheme(u):
    return re.sub(r"^https?://(www\.)?", "", u or "").rstrip("/")


def names(r):
    b = r.get("basics", {})
    return b.get("name", ""), b.get("x-altName", "")


def list_of(r, key):
    v = r.get(key) or []
    return v if isinstance(v, list) else []


def skills_line(s, sep=", "):
    return sep.join(s.get("keywords") or [])


def section_order(r):
    """Sections in a conventional order, only those present."""
    order = ["work", "projects", "education", "skills", "awards", "certificates",
             "publications", "volunteer", "languages", "interests", "references"]
    return [k for k in order if list_of(r, k)]


def interest_str(i):
    n = i.get("name", "")
    kw = i.get("keywords") or []
    if kw:
        return f"{n}: {', '.join(kw)}" if n else ", ".join(kw)
    return n


def language_str(l, lg):
    a = l.get("language", "")
    f = l.get("fluency", "")
    if f:
        return f"{a} {f}" if lg == "zh" else f"{a} ({f})"
    return a


def cert_date(c):
    return c.get("date") or c.get("x-date") or ""


def award_str(a, lg, style="dot"):
    parts = [a.get("title", "")]
    tail = []
    if a.get("awarder"):
        tail.append(a["awarder"])
    if a.get("date"):
        tail.append(fmt_date(a["date"], style))
    return parts[0], tail


def die(msg):
    print(msg, file=sys.stderr)
    sys.exit(1)


_TEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&",
        "#": r"\#", "^": r"\^{}", "_": r"\_", "%": r"\%", "~": r"\textasciitilde{}",
        "<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}"}


def tex(s):
    s = "".join(_TEX.get(c, c) for c in (s or "").strip())
    return s


def texurl(u):
    return (u or "").replace("\\", "/").replace("%", "\\%").replace("#", "\\#")


def html(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def kwsep(lg):
    return "、" if lg == "zh" else ", "


# ---------------------------------------------------------------------------
# A neutral block model shared by the LaTeX, groff, LibreOffice and python-docx
# converters.  Each section is a dict:
#   {"key", "title", "kind": "entries"|"pairs"|"lines", "items": [...]}
# entries: {"org", "role", "date", "loc", "url", "paras": [(label|None, text)], "bullets": [...]}
# pairs:   (label, text)        lines: text
# ---------------------------------------------------------------------------

def degree(e, lg):
    st, ar = e.get("studyType"), e.get("area")
    if lg == "en" or (lg == "bi" and not has_cjk((st or "") + (ar or ""))):
        if st and ar:
            return f"{st}, {ar}"
        return st or ar or ""
    return " · ".join(x for x in (ar, st) if x)


def blocks(r, lg, ds, sep=" – ", alt=0):
    c = colon(lg)
    out = []
    b = r.get("basics", {})
    if b.get("summary"):
        out.append({"key": "summary", "title": heading("summary", lg), "kind": "text",
                    "items": [p for p in b["summary"].split("\n") if p.strip()]})
    for key in section_order(r):
        items = []
        kind = "entries"
        for e in list_of(r, key):
            dr = date_range(e.get("startDate"), e.get("endDate"), lg, ds, sep=sep, alt=alt)
            if key in ("work", "volunteer"):
                items.append({"org": e.get("name") or e.get("organization") or "",
                              "role": e.get("position", ""), "date": dr,
                              "loc": loc_str(e.get("location")), "url": e.get("url", ""),
                              "paras": [(None, e["summary"])] if e.get("summary") else [],
                              "bullets": list(e.get("highlights") or [])})
            elif key == "education":
                paras = []
                if e.get("score"):
                    paras.append(("GPA", e["score"]))
                if e.get("courses"):
                    paras.append((label("courses", lg), kwsep(lg).join(e["courses"])))
                items.append({"org": e.get("institution", ""), "role": degree(e, lg), "date": dr,
                              "loc": loc_str(e.get("location")), "url": e.get("url", ""),
                              "paras": paras, "bullets": list(e.get("highlights") or [])})
            elif key == "projects":
                paras = []
                if e.get("description"):
                    paras.append((None, e["description"]))
                if e.get("roles"):
                    paras.append((label("roles", lg), ("；" if lg == "zh" else "; ").join(e["roles"])))
                if e.get("keywords"):
                    paras.append((label("keywords", lg), ", ".join(e["keywords"])))
                items.append({"org": e.get("name", ""), "role": e.get("entity", ""), "date": dr,
                              "loc": "", "url": e.get("url", ""), "paras": paras,
                              "bullets": list(e.get("highlights") or [])})
            elif key == "skills":
                kind = "pairs"
                t = kwsep(lg).join(e.get("keywords") or [])
                if e.get("level"):
                    t = f"{t} ({e['level']})" if t else e["level"]
                items.append((e.get("name", ""), t))
            elif key == "languages":
                kind = "pairs"
                items.append((e.get("language", ""), e.get("fluency", "")))
            elif key == "awards":
                kind = "lines"
                t = e.get("title", "")
                tail = [x for x in (e.get("awarder"), fmt_date(e.get("date"), ds)) if x]
                if tail:
                    t += " (" + ", ".join(tail) + ")"
                if e.get("summary"):
                    t += ("，" if lg == "zh" else ". ") + e["summary"]
                items.append(t)
            elif key == "certificates":
                kind = "lines"
                t = e.get("name", "")
                tail = [x for x in (e.get("issuer"), fmt_date(cert_date(e), ds)) if x]
                if tail:
                    t += " (" + ", ".join(tail) + ")"
                items.append(t)
            elif key == "publications":
                kind = "lines"
                t = e.get("name", "")
                tail = [x for x in (e.get("publisher"), fmt_date(e.get("releaseDate"), ds)) if x]
                if tail:
                    t += ", " + ", ".join(tail)
                if e.get("url"):
                    t += ", " + e["url"]
                items.append(t)
            elif key == "interests":
                kind = "lines"
                items.append(interest_str(e))
            elif key == "references":
                kind = "lines"
                items.append((e.get("reference", "") + (" — " + e["name"] if e.get("name") else "")).strip())
        out.append({"key": key, "title": heading(key, lg), "kind": kind, "items": items})
    return out
