#!/usr/bin/env python3
"""Derive the truth for one rendered resume from the text that rendering shows.

usage: python3 zoo/truth.py RESUME.json RENDERED_TEXT.txt [MORE_TEXT.txt...] > OUT.truth.json

RESUME.json is the JSON Resume the layout was rendered from; RENDERED_TEXT.txt
is the visible text of the rendered file (pdftotext -layout of a PDF, the DOCX
as plain text, ...). Several texts may be given for one file (pdftotext
-layout and -raw of one PDF: -layout interleaves columns, -raw keeps them
apart but glues some words): a value shown in any of them counts. The output
is {"resume": ..., "lenient": [...]} as described in shared/MAPPING.md: the
truth for a rendered file is what that file prints.

- A value is kept only when the text shows it. Text is compared normalised
  (NFKC, lower-cased, dashes and quotes unified); whitespace is free between
  any two characters, since layouts wrap and letter-space text. A long value
  whose pieces appear in order close together (a column interleaved with
  another by pdftotext -layout) counts as shown.
- Lines are the lines with text (blank lines belong to the line above).
  Body text (summary, description, highlights) and entry keys (employer,
  position, institution, title, ...) are searched in the whole text; other
  values of an entry (location, score, awarder, dates, skill keywords, ...)
  only near the entry: a few lines around where its key is printed, and down
  to its body text; a list item found extends the reach (tag lists). So a city
  in the header does not make a job's location "shown".
- A key printed several times (a university one worked at and studied at; a
  company named again as an award's awarder) counts at a place for the entry
  with more of its values printed close around it (lines and columns apart).
- A date is kept at the precision printed near the entry: `2019` for a theme
  printing only years, `2019-03` for `Mar 2019` / `2019.03` / `2019年3月` /
  `03/2019`, a full date for `March 1, 2019` (even if the resume said only
  2019-03: a theme that prints the 1st shows a full date). In a timeline
  (`October 2022` heading the items of that month) the nearest month heading
  above an entry counts as near it. A bare end year counts only right after
  the start; an end equal to the start must be printed twice (else it goes
  to lenient). Certificates keep a full date in `date`, a shorter one in
  `x-date`.
- A section of which fewer than half of the entries show their key is taken
  as not printed; whatever of it was found goes to `lenient`. An entry whose
  body text shows but whose key does not goes to `lenient` too.
- Only fields MAPPING.md scores or counts as body text are kept; references
  are not part of the truth (their text goes to lenient when printed).
- A value printed glued to its neighbour without a space (`Lucas WhitfieldLead
  Mobile Engineer`, one run in a DOCX made from HTML; a capital letter marks
  the break) is shown, as a theme printing `Bachelor in CS` shows both the
  degree and the area; a short one (under 5 characters: Go, AWS) must stand
  apart.
- A value printed only inside a longer value of the resume (a skill named in a
  highlight, a city in a company name) is not shown as itself; when it is
  5 characters or more it goes to lenient.
"""
import json
import re
import sys
import unicodedata

DASHES = re.compile(r"[\u2010-\u2015\u2212\uff0d\u2e3a\u2e3b~\uff5e]")
QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'}
INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
LATIN = "0-9a-z\u00c0-\u024f"

LONG = 24  # squeezed length from which a value is searched in the whole text
PIECES = 20  # squeezed length from which a value may be found in pieces
GLUE_OK = 5  # shorter values (Go, AWS, C) must stand apart from letters around them

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ANY_MONTH_NAME = "(?:" + "|".join(m[:3] + "[a-z]*" for m in MONTHS) + ")"


def norm(s, lower=True):
    """Normalised text; newlines are kept so that line numbers survive."""
    s = unicodedata.normalize("NFKC", str(s))
    if lower:
        s = s.lower()
    s = INVISIBLE.sub("", s)
    s = DASHES.sub("-", s)
    s = "".join(QUOTES.get(c, c) for c in s)
    s = s.replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    return s


def squeeze(s):
    return re.sub(r"\s+", "", norm(s))


def is_latin(c):
    return bool(re.match("[" + LATIN + "]", c))


def value_pattern(value, url=False, glued=False):
    v = norm(value).strip()
    if url:
        v = re.sub(r"^[a-z]+://", "", v)
        v = re.sub(r"^www\.", "", v).rstrip("/")
    chars = [c for c in v if not c.isspace()]
    if not chars:
        return None
    body = r"\s*".join(re.escape(c) for c in chars)
    if url:
        return re.compile(r"(?<![\w.\-/@])(?:[a-z]+://\s*)?(?:www\.\s*)?" + body + r"(?:\s*/)?(?![\w/\-])")
    if glued and len(chars) >= GLUE_OK:
        # printed glued to its neighbour (`Lead Mobile EngineerKoala Bank`: one
        # run in a DOCX made from HTML) still shows it
        return re.compile(body)
    left = r"(?<![%s])" % LATIN if is_latin(chars[0]) else ""
    right = r"(?![%s])" % LATIN if is_latin(chars[-1]) else ""
    return re.compile(left + body + right)


DATE_LINE = re.compile(r"(?m)^[ \t]*(?:" + ANY_MONTH_NAME + r"\.?\s+\d{4}|\d{4}\s*[-/.年]\s*\d{1,2}\s*月?"
                       r"|\d{1,2}\s*/\s*\d{4})[ \t]*$")


class Text:
    def __init__(self, raw):
        self.t = norm(raw)
        cased = norm(raw, lower=False)
        self.cased = cased if len(cased) == len(self.t) else None
        # lines are the lines with text: blank lines (pdftotext -layout turns
        # vertical space into them) belong to the line above
        self.line_starts = [0] + [m.start() for m in re.finditer(r"(?<=\n)[ \t]*\S", self.t)]
        # lines that hold only a month (`October 2022`): a timeline's headings
        self.heading_lines = [self.line_of(m.start()) for m in DATE_LINE.finditer(self.t)]
        sq, pos = [], []
        for i, c in enumerate(self.t):
            if not c.isspace():
                sq.append(c)
                pos.append(i)
        self.sq = "".join(sq)
        self.sqpos = pos

    def line_of(self, off):
        lo, hi = 0, len(self.line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.line_starts[mid] <= off:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def span_of_lines(self, a, b):
        a = max(a, 0)
        b = min(b, len(self.line_starts) - 1)
        start = self.line_starts[a]
        end = self.line_starts[b + 1] if b + 1 < len(self.line_starts) else len(self.t)
        return start, end

    def column(self, off):
        return off - (self.t.rfind("\n", 0, off) + 1)

    def glue_ok(self, s, e):
        """A match printed glued to a neighbour: a word break shows only as a
        capital letter after a letter (`WhitfieldLead`), not inside a word
        (`Wa` of `Washington`)."""
        if self.cased is None:
            return False
        T = self.cased
        if s > 0 and T[s - 1].isalpha() and T[s].isalpha() and not T[s].isupper():
            return False
        if e < len(T) and T[e - 1].isalpha() and T[e].isalpha() and not T[e].isupper():
            return False
        return True

    def find_all(self, pat, spans=None):
        """Match spans of pat in the whole text or in the given (start, end) spans."""
        if pat is None:
            return []
        out = []
        for s, e in (spans or [(0, len(self.t))]):
            for m in pat.finditer(self.t, s, e):
                out.append((m.start(), m.end()))
        return out

    def pieces(self, value, gap=400):
        """A long value shown in pieces (wrapped and interleaved with another
        column): returns the (start, end) offsets in the text, or None."""
        v = squeeze(value)
        if len(v) < PIECES:
            return None
        S = self.sq
        i, pos, first, n, start = 0, 0, True, 0, None
        while i < len(v):
            rest = len(v) - i
            minlen = min(6, rest)
            hi_end = len(S) if first else min(len(S), pos + gap)

            def found(k):
                return S.find(v[i:i + k], pos, hi_end + k)

            if found(minlen) < 0:
                return None
            lo, hi = minlen, rest
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if found(mid) >= 0:
                    lo = mid
                else:
                    hi = mid - 1
            j = found(lo)
            if start is None:
                start = j
            pos = j + lo
            i += lo
            n += 1
            first = False
        if n > 1 + len(v) // 10:
            return None
        return (self.sqpos[start], self.sqpos[pos - 1] + 1)


# ---------------------------------------------------------------- dates

# French month names as themes print them (`Janv. 2021`, `Avr. 2020`, `Août`)
FRENCH_MONTHS = [["janvier", r"janv\."], ["février", r"févr\."], ["mars"], ["avril", r"avr\."],
                 ["mai"], ["juin"], ["juillet", r"juil\."], ["août"], ["septembre"],
                 ["octobre"], ["novembre"], ["décembre", r"déc\."]]


def month_name(m):
    full = MONTHS[m - 1]
    alts = [full, full[:3] + r"\.?"] + FRENCH_MONTHS[m - 1]
    if m == 9:
        alts.append(r"sept\.?")
    return "(?:" + "|".join(alts) + ")"


ANY_MONTH = "(?:" + "|".join([m[:3] + "[a-z]*" for m in MONTHS] + [a for f in FRENCH_MONTHS for a in f]) + r")\.?"
NOT_DD = r"(?<!\d)(?<!(?<!\d)\d[-/.])(?<!(?<!\d)\d\d[-/.])"


def day_patterns(y, m, d):
    mm, dd, MN = r"0?%d" % m, r"0?%d" % d, month_name(m)
    ps = [
        rf"(?<!\d){y}\s*[-/.]\s*{mm}\s*[-/.]\s*{dd}(?!\d)",
        rf"(?<!\d){dd}\s*[-/.]\s*{mm}\s*[-/.]\s*{y}(?!\d)",
        rf"(?<!\d){mm}\s*[-/.]\s*{dd}\s*[-/.]\s*{y}(?!\d)",
        rf"{y}\s*年\s*{mm}\s*月\s*{dd}\s*日",
        rf"(?<![a-z]){MN}\s*{dd}(?:st|nd|rd|th)?\s*,?\s*{y}(?!\d)",
        rf"(?<!\d){dd}(?:st|nd|rd|th)?\s*(?:of\s*)?{MN}\s*,?\s*{y}(?!\d)",
    ]
    return [re.compile(p) for p in ps]


def month_patterns(y, m):
    mm, MN = r"0?%d" % m, month_name(m)
    ps = [
        rf"(?<![a-z]){MN}\s*[,']?\s*{y}(?!\d)",
        rf"(?<!\d){y}\s*[-/.]\s*{mm}(?!\d)(?!\s*[-/.]\s*\d{{1,2}}(?!\d))",
        NOT_DD + rf"{mm}\s*[-/.]\s*{y}(?!\d)",
        rf"{y}\s*年\s*{mm}\s*月(?!\s*\d)",
    ]
    return [re.compile(p) for p in ps]


def any_month_patterns(y):
    ps = [
        rf"(?<![a-z]){ANY_MONTH}\s*[,']?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*)?{y}(?!\d)",
        rf"(?<!\d){y}\s*[-/.]\s*\d{{1,2}}(?!\d)",
        rf"(?<!\d)\d{{1,2}}\s*[-/.]\s*{y}(?!\d)",
        rf"{y}\s*年\s*\d{{1,2}}\s*月",
    ]
    return [re.compile(p) for p in ps]


def year_only(text, y, spans):
    """Occurrences of year y that are not part of a month or day form."""
    inside = []
    for p in any_month_patterns(y):
        inside += text.find_all(p, spans)
    out = []
    for s, e in text.find_all(re.compile(rf"(?<![a-z0-9_/.@])(?<![a-z]-){y}(?!\d)(?![a-z])(?!\s*年\s*\d)"), spans):
        if not any(a <= s and e <= b for a, b in inside):
            out.append((s, e))
    return out


def parse_date(v):
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$", str(v or ""))
    if not m:
        return None
    return int(m.group(1)), (int(m.group(2)) if m.group(2) else None), (int(m.group(3)) if m.group(3) else None)


def shown_date(text, value, spans):
    """The printed form of a date near an entry: (iso value, precision, span) or None."""
    p = parse_date(value)
    if not p:
        return None
    y, m, d = p
    if m:
        for pat in day_patterns(y, m, d or 1):
            hits = text.find_all(pat, spans)
            if hits:
                return ("%04d-%02d-%02d" % (y, m, d or 1), 3, hits[0])
        for pat in month_patterns(y, m):
            hits = text.find_all(pat, spans)
            if hits:
                return ("%04d-%02d" % (y, m), 2, hits[0])
    hits = year_only(text, y, spans)
    if hits:
        return ("%04d" % y, 1, hits)
    return None


def count_date(text, value, spans):
    """How many times a date is printed at the precision of value."""
    y, m, d = parse_date(value)
    if d:
        pats = day_patterns(y, m, d)
    elif m:
        pats = month_patterns(y, m)
    else:
        return len(year_only(text, y, spans))
    found = set()
    for pat in pats:
        found.update(text.find_all(pat, spans))
    return len(found)


# ---------------------------------------------------------------- entries

# section -> (key fields, scalar fields, list fields, date fields)
SECTIONS = {
    "work": (["name", "position"], ["url", "location", "summary"], ["highlights"], ["startDate", "endDate"]),
    "volunteer": (["organization", "position"], ["url", "summary"], ["highlights"], ["startDate", "endDate"]),
    "education": (["institution", "area"], ["studyType", "score", "url"], ["courses"], ["startDate", "endDate"]),
    "awards": (["title"], ["awarder", "summary"], [], ["date"]),
    "certificates": (["name"], ["issuer", "url"], [], ["date"]),
    "publications": (["name"], ["publisher", "url", "summary"], [], ["releaseDate"]),
    "skills": (["name"], ["level"], ["keywords"], []),
    "languages": (["language"], ["fluency"], [], []),
    "interests": (["name"], [], ["keywords"], []),
    "projects": (["name"], ["description", "url", "entity", "type"], ["highlights", "roles", "keywords"],
                 ["startDate", "endDate"]),
}
URL_FIELDS = {"url"}
BODY_FIELDS = {"summary", "description", "highlights"}  # long ones are searched in the whole text
WIN_BEFORE, WIN_AFTER, CHAIN_AFTER = 3, 6, 4
HEADING_REACH = 40  # a timeline's month heading covers at most this many lines below it
BRIDGE = 80  # at most this many lines between an entry's key and its long text


def strings(x):
    if isinstance(x, dict):
        for v in x.values():
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)
    elif isinstance(x, str):
        yield x


class Deriver:
    def __init__(self, resume, raw_text):
        self.r = resume
        self.text = Text(raw_text)
        self.lenient = []
        self.all = sorted(set(s for s in strings(resume) if s.strip()))
        self.cache = {}
        self.key_owners = {}
        for s, (keys, _, _, _) in SECTIONS.items():
            for j, e in enumerate(resume.get(s) or []):
                for k in keys:
                    if isinstance(e, dict) and isinstance(e.get(k), str) and e[k].strip():
                        self.key_owners.setdefault(squeeze(e[k]), []).append((s, j))

    def raw_find(self, value, spans, url, strict=False, inside=()):
        """Spans where value is printed: standing apart, or (unless strict)
        glued to a neighbour; else, for a long value, in pieces (wrapped and
        interleaved with another column). Hits within
        the spans `inside` (where longer values are printed) do not count."""
        long_value = len(squeeze(value)) >= LONG
        where = spans

        def keep(hits):
            return [(s, e) for s, e in hits if not any(a <= s and e <= b for a, b in inside)]

        hits = keep(self.text.find_all(value_pattern(value, url=url), where))
        if not url and not strict:
            hits += [h for h in keep([(s, e) for s, e in self.text.find_all(value_pattern(value, glued=True), where)
                                      if self.text.glue_ok(s, e)]) if h not in hits]
            hits.sort()
        if not hits and long_value and not url:
            p = self.text.pieces(value)
            if p and (spans is None or any(a <= p[0] and p[1] <= b for a, b in spans)):
                hits = keep([p])
        return hits

    def container_hits(self, value):
        """Where longer values of the resume that contain value are printed."""
        if value not in self.cache:
            v = squeeze(value)
            out = []
            for s in self.all:
                ss = squeeze(s)
                if len(ss) > len(v) and v in ss:
                    out += self.raw_find(s, None, False, strict=True)
            self.cache[value] = out
        return self.cache[value]

    def find(self, value, spans=None, url=False):
        """Spans where value is shown, in the whole text or within spans."""
        if value in (None, "") or not isinstance(value, (str, int, float)):
            return []
        value = str(value)
        # a value printed only as part of a longer one (杭州 in 杭州云栖科技) is not shown
        inside = () if url else self.container_hits(value)
        return self.raw_find(value, spans, url, inside=inside)

    def lines(self, hits):
        return [(self.text.line_of(s), self.text.line_of(max(s, e - 1))) for s, e in hits]

    def window(self, line_ranges, after=WIN_AFTER):
        """Text spans of the lines around the given (first, last) line ranges."""
        return self.spans([(a - WIN_BEFORE, b + after) for a, b in line_ranges])

    def spans(self, line_spans):
        """Merged text spans of the given (first, last) line spans."""
        spans = []
        for a, b in line_spans:
            spans.append(self.text.span_of_lines(min(a, b), max(a, b)))
        spans.sort()
        merged = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        return merged

    # -- basics
    def basics(self):
        b = self.r.get("basics") or {}
        out = {}
        name_hits = self.find(b.get("name")) if b.get("name") else []
        for f in ("name", "label", "email", "phone", "url", "summary"):
            if not b.get(f):
                continue
            hits = self.find(b[f], url=(f == "url"))
            if f == "label" and name_hits:
                # the headline is printed close to the name, not as a job title far below
                (la, lb), = self.lines(name_hits[:1])
                hits = [h for h in hits if la - 2 <= self.text.line_of(h[0]) <= lb + 3]
            if hits:
                out[f] = b[f]
        loc = b.get("location") or {}
        lo = {}
        city_hits = self.find(loc.get("city")) if loc.get("city") else []
        if city_hits:
            lo["city"] = loc["city"]
        if loc.get("region") and self.find(loc["region"]):
            lo["region"] = loc["region"]
        if loc.get("countryCode"):
            anchors = city_hits + (self.find(loc.get("region")) if loc.get("region") else [])
            near = [(s, min(len(self.text.t), e + 60)) for s, e in anchors]
            if near and self.text.find_all(value_pattern(loc["countryCode"]), near):
                lo["countryCode"] = loc["countryCode"]
        if lo:
            out["location"] = lo
        profs = []
        for p in b.get("profiles") or []:
            shown = bool(p.get("url") and self.find(p["url"], url=True))
            if not shown and p.get("username"):
                u = norm(p["username"]).strip()
                pat = re.compile(r"(?<![\w.\-/])@?" + r"\s*".join(re.escape(c) for c in u if not c.isspace())
                                 + r"(?![\w\-/@])")
                shown = bool(self.text.find_all(pat))
            if shown:
                profs.append({k: p[k] for k in ("network", "username", "url") if p.get(k)})
        if profs:
            out["profiles"] = profs
        return out

    # -- one entry of a section
    def short_hits(self, e, fields, spans):
        n = 0
        for f in fields:
            v = e.get(f)
            vals = v if isinstance(v, list) else [v]
            for x in vals:
                if isinstance(x, (str, int, float)) and x != "" and self.find(x, spans, url=(f in URL_FIELDS)):
                    n += 1
        return n

    def closeness(self, section, e, key_value, hit):
        """How much of an entry's short values and dates is printed around
        one place where its key value is printed, the nearest counting most."""
        keys, scalars, lists, dates = SECTIONS[section]
        (la, lb), = self.lines([hit])
        spans = self.window([(la, lb)])
        col = self.text.column(hit[0])

        def near(hits):
            # lines apart, and columns apart (the two columns of a page
            # interleave in pdftotext -layout)
            if not hits:
                return 0.0
            d = min(max(0, la - self.text.line_of(s), self.text.line_of(s) - lb) + abs(self.text.column(s) - col) / 20
                    for s, _ in hits)
            return 1.0 / (1 + d)

        n = 0.0
        for f in keys + scalars + lists:
            v = e.get(f)
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, str) and x and x != key_value and len(squeeze(x)) < LONG:
                    n += near(self.find(x, spans, url=(f in URL_FIELDS)))
        for f in dates:
            sd = e.get(f) and shown_date(self.text, e[f], spans)
            if sd:
                n += near(sd[2] if isinstance(sd[2], list) else [sd[2]])
        return n

    def entry(self, section, e, idx=None):
        keys, scalars, lists, dates = SECTIONS[section]
        out, key_hits, long_hits, hits_of = {}, [], [], {}
        for k in keys:
            h = self.find(e.get(k))
            rivals = [(s, j) for s, j in self.key_owners.get(squeeze(e.get(k) or ""), []) if (s, j) != (section, idx)]
            if h and rivals:
                # the same text is the key of another entry too (a university
                # one worked at and studied at): a place where it is printed
                # belongs to the entry with more of its values around
                h = [x for x in h if self.closeness(section, e, e[k], x) >=
                     max(self.closeness(s, self.r[s][j], e[k], x) for s, j in rivals)]
            if h:
                out[k] = e[k]
                key_hits += h
                hits_of[k] = h
        keyed = bool(key_hits)
        # long body text anywhere
        for f in scalars:
            v = e.get(f)
            if f in BODY_FIELDS and isinstance(v, str) and len(squeeze(v)) >= LONG:
                h = self.find(v)
                if h:
                    out[f] = v
                    long_hits += h
        for f in lists:
            for v in e.get(f) or []:
                if f in BODY_FIELDS and isinstance(v, str) and len(squeeze(v)) >= LONG:
                    h = self.find(v)
                    if h:
                        out.setdefault(f, []).append(v)
                        long_hits += h
        if not key_hits and not long_hits:
            return None, keyed
        # a key printed several times: keep the places where most of the
        # entry's other values are printed close by, and of those the ones
        # nearest above the entry's long text
        long_lines = self.lines(long_hits)
        anchors = []
        if key_hits:
            others = [f for f in keys + scalars + lists]
            scored = []
            for h in key_hits:
                (a, b), = self.lines([h])
                scored.append((self.short_hits(e, others, self.window([(a, b)])), (a, b)))
            best = max(s for s, _ in scored)
            anchors = [r for s, r in scored if s == best]
            nearest = set()
            for la, _ in long_lines:
                above = [r for _, r in scored if r[0] <= la and la - r[0] <= BRIDGE]
                if above:
                    nearest.add(max(above))
            if nearest & set(anchors):
                anchors = [r for r in anchors if r in nearest]
        # the entry's block: around its key, its long text, and between them
        lines = [(a - WIN_BEFORE, b + WIN_AFTER) for a, b in anchors]
        for la, lb in long_lines:
            lines.append((la - 1, lb + 1))
            above = [a for a, _ in anchors if a <= la and la - a <= BRIDGE]
            if above:
                lines.append((max(above), lb))
        spans = self.spans(lines)
        # a key printed only away from the entry's block (a company named
        # again as an award's awarder) is not this entry's
        for k, hs in hits_of.items():
            if not any(s0 <= a and b <= s1 for a, b in hs for s0, s1 in spans):
                del out[k]
        keyed = any(k in out for k in keys)
        # short values near the entry; a hit extends the window (lists of tags)
        for f in scalars:
            v = e.get(f)
            if f in out or v in (None, ""):
                continue
            h = self.find(v, spans, url=(f in URL_FIELDS))
            if h:
                out[f] = v
        for f in lists:
            kept = []
            for v in e.get(f) or []:
                if v in (out.get(f) or []):
                    kept.append(v)
                    continue
                h = self.find(v, spans)
                if h:
                    kept.append(v)
                    lines += [(a - 1, b + CHAIN_AFTER) for a, b in self.lines(h)]
                    spans = self.spans(lines)
            if kept:
                out[f] = kept
        # dates; in a timeline (`October 2022` above the items of that month)
        # also the nearest heading above the entry
        date_spans = spans
        if anchors or long_lines:
            top = min([a for a, _ in anchors] + [a for a, _ in long_lines])
            above = [h for h in self.text.heading_lines if top - HEADING_REACH <= h < top]
            if above:
                date_spans = self.spans(lines + [(max(above), max(above))])
        shown = {}
        for f in dates:
            if e.get(f):
                sd = shown_date(self.text, e[f], date_spans)
                if sd:
                    shown[f] = sd
        if "startDate" in shown and "endDate" in shown and shown["endDate"][1] == 1:
            # a bare end year counts only right after the start
            s_hits = shown["startDate"][2]
            s_hits = s_hits if isinstance(s_hits, list) else [s_hits]
            e_hits = shown["endDate"][2]
            if not any(0 < es - se_end <= 30 for _, se_end in s_hits for es, _ in e_hits) and \
                    shown["startDate"][0] != shown["endDate"][0]:
                del shown["endDate"]
        if "startDate" in shown and "endDate" in shown and shown["startDate"][0] == shown["endDate"][0]:
            # one month for both ends: printed once, it shows the start only
            if count_date(self.text, shown["startDate"][0], date_spans) < 2:
                del shown["endDate"]
                if e["endDate"] not in self.lenient:
                    self.lenient.append(e["endDate"])
        for f in dates:
            if f in shown:
                val, prec, _ = shown[f]
                if section == "certificates" and prec < 3:
                    out["x-date"] = val
                else:
                    out[f] = val
        # keep the resume's field order
        order = list(e.keys()) + ["x-date"]
        ordered = {k: out[k] for k in sorted(out, key=lambda k: order.index(k) if k in order else 99)}
        return ordered, keyed

    def section(self, name):
        """[(index in the resume, shown part of the entry)]"""
        items = self.r.get(name) or []
        results = [(i, *self.entry(name, e, i)) for i, e in enumerate(items) if isinstance(e, dict)]
        keyed = sum(1 for _, o, k in results if o and k)
        if items and keyed * 2 < len(items) and not (len(items) == 1 and keyed == 1):
            for _, o, _ in results:
                if o:
                    self.to_lenient(o)
            return []
        out = []
        for i, o, k in results:
            if not o:
                continue
            if not k:
                # body text found, key not shown: keep the text, do not guess
                self.to_lenient(o)
                continue
            out.append((i, o))
        return out

    def to_lenient(self, o):
        for v in o.values():
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, str) and x not in self.lenient:
                    self.lenient.append(x)

    def derive(self):
        """basics, {section: [(index, entry)]}, lenient"""
        b = self.basics()
        secs = {name: self.section(name) for name in SECTION_ORDER}
        for ref in self.r.get("references") or []:
            for f in ("name", "reference"):
                if ref.get(f) and self.find(ref[f]) and ref[f] not in self.lenient:
                    self.lenient.append(ref[f])
        # a value printed only inside a longer one (a skill named in a
        # highlight): lenient
        kept = set(strings({"b": b, "s": [o for v in secs.values() for _, o in v]}))
        for s in self.all:
            if s not in kept and s not in self.lenient and len(squeeze(s)) >= 5 and squeeze(s) in self.text.sq:
                self.lenient.append(s)
        return b, secs, self.lenient


SECTION_ORDER = ("work", "volunteer", "education", "awards", "certificates", "publications",
                 "skills", "languages", "interests", "projects")


def merge_entry(resume_entry, a, b):
    out = dict(a)
    for k, v in b.items():
        if k not in out:
            out[k] = v
        elif isinstance(v, list):
            out[k] = [x for x in resume_entry.get(k, []) if x in out[k] or x in v]
        elif k.endswith("Date") or k in ("date", "x-date"):
            out[k] = max(out[k], v, key=len)
    if "date" in out and "x-date" in out:
        del out["x-date"]
    order = list(resume_entry.keys()) + ["x-date"]
    return {k: out[k] for k in sorted(out, key=lambda k: order.index(k) if k in order else 99)}


def derive(resume, *texts):
    """The truth for a rendered file whose visible text is given; with several
    texts (pdftotext -layout and -raw of one PDF), a value shown in any counts."""
    basics, secs, lenient = {}, {n: {} for n in SECTION_ORDER}, []
    rb = resume.get("basics") or {}
    for text in texts:
        b, s, l = Deriver(resume, text).derive()
        for k, v in b.items():
            if k == "location":
                loc = dict(basics.get("location", {}), **v)
                basics["location"] = {f: loc[f] for f in ("city", "region", "countryCode") if f in loc}
            elif k == "profiles":
                have = basics.get("profiles", []) + v
                urls = {p.get("url") for p in have}
                basics["profiles"] = [{f: p[f] for f in ("network", "username", "url") if p.get(f)}
                                      for p in rb.get("profiles", []) if p.get("url") in urls]
            else:
                basics[k] = v
        for name, entries in s.items():
            for i, o in entries:
                got = secs[name]
                got[i] = merge_entry(resume[name][i], got[i], o) if i in got else o
        lenient += [x for x in l if x not in lenient]
    res = {}
    if basics:
        res["basics"] = {k: basics[k] for k in sorted(basics, key=lambda k: list(rb).index(k) if k in rb else 99)}
    for name in SECTION_ORDER:
        if secs[name]:
            res[name] = [secs[name][i] for i in sorted(secs[name])]
    kept = set(strings(res))
    return {"resume": res, "lenient": [x for x in lenient if x not in kept or parse_date(x)]}


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    resume = json.load(open(argv[1], encoding="utf-8"))
    texts = [open(f, encoding="utf-8", errors="replace").read() for f in argv[2:]]
    json.dump(derive(resume, *texts), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
