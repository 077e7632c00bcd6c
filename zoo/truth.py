#!/usr/bin/env python3
"""Derive the truth for one rendered resume from the text that rendering shows.

usage: python3 zoo/truth.py RESUME.json RENDERED_TEXT.txt > OUT.truth.json

RESUME.json is the JSON Resume the layout was rendered from; RENDERED_TEXT.txt
is the visible text of the rendered file (pdftotext -layout of a PDF, the DOCX
as plain text, ...). The output is {"resume": ..., "lenient": [...]} as
described in shared/MAPPING.md: the rule is that the truth for a rendered file
is what that file prints.

- A value is kept only when the text shows it. Text is compared normalised
  (NFKC, case-folded, dashes and quotes unified); whitespace is free between
  any two characters, since layouts wrap and letter-space text. A long value
  whose pieces appear in order close together (a column interleaved with
  another by pdftotext -layout) counts as shown.
- Short values of an entry (location, score, awarder, dates, skill keywords,
  ...) are searched only near the entry (a few lines around where its key,
  e.g. the employer or the award title, is printed), so that a city printed in
  the header does not make a job's location "shown".
- A date is kept at the precision printed near the entry: `2019` for a theme
  printing only years, `2019-03` for `Mar 2019` / `2019.03` / `2019年3月` /
  `03/2019`, a full date for `March 1, 2019` (even if the resume said only
  2019-03: a theme that prints the 1st shows a full date). Certificates keep a
  full date in `date` and a shorter one in `x-date`.
- A section of which fewer than half of the entries show their key is taken
  as not printed; whatever of it was found goes to `lenient`.
- Only fields MAPPING.md scores or counts as body text are kept; references
  are not part of the truth (their text goes to lenient when printed).
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

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def norm(s):
    """Normalised text; newlines are kept so that line numbers survive."""
    s = unicodedata.normalize("NFKC", str(s)).casefold()
    s = INVISIBLE.sub("", s)
    s = DASHES.sub("-", s)
    s = "".join(QUOTES.get(c, c) for c in s)
    s = s.replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    return s


def squeeze(s):
    return re.sub(r"\s+", "", norm(s))


def is_latin(c):
    return bool(re.match("[" + LATIN + "]", c))


def value_pattern(value, url=False):
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
    left = r"(?<![%s])" % LATIN if is_latin(chars[0]) else ""
    right = r"(?![%s])" % LATIN if is_latin(chars[-1]) else ""
    return re.compile(left + body + right)


class Text:
    def __init__(self, raw):
        self.t = norm(raw)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.t)]
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

def month_name(m):
    full = MONTHS[m - 1]
    alts = [full, full[:3] + r"\.?"]
    if m == 9:
        alts.append(r"sept\.?")
    return "(?:" + "|".join(alts) + ")"


ANY_MONTH = "(?:" + "|".join(m[:3] + "[a-z]*" for m in MONTHS) + r")\.?"
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
WIN_BEFORE, WIN_AFTER, CHAIN_AFTER = 3, 6, 4


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

    def raw_find(self, value, spans, url):
        pat = value_pattern(value, url=url)
        long_value = len(squeeze(value)) >= LONG
        hits = self.text.find_all(pat, None if long_value else spans)
        if not hits and long_value and not url:
            p = self.text.pieces(value)
            if p:
                hits = [p]
        return hits

    def container_hits(self, value):
        """Where longer values of the resume that contain value are printed."""
        if value not in self.cache:
            v = squeeze(value)
            out = []
            for s in self.all:
                ss = squeeze(s)
                if len(ss) > len(v) and v in ss:
                    out += self.raw_find(s, None, False)
            self.cache[value] = out
        return self.cache[value]

    def find(self, value, spans=None, url=False):
        """Spans where value is shown; long values anywhere (also in pieces)."""
        if value in (None, "") or not isinstance(value, (str, int, float)):
            return []
        value = str(value)
        hits = self.raw_find(value, spans, url)
        if hits and not url:
            # a value printed only as part of a longer one (杭州 in 杭州云栖科技) is not shown
            inside = self.container_hits(value)
            hits = [(s, e) for s, e in hits if not any(a <= s and e <= b for a, b in inside)]
        return hits

    def lines(self, hits):
        return [(self.text.line_of(s), self.text.line_of(max(s, e - 1))) for s, e in hits]

    def window(self, line_ranges, after=WIN_AFTER):
        spans = []
        for a, b in line_ranges:
            spans.append(self.text.span_of_lines(a - WIN_BEFORE, b + after))
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
            spans = None
            if f == "label" and name_hits:
                # the headline is printed close to the name, not as a job title far below
                (la, lb), = self.lines(name_hits[:1])
                spans = [self.text.span_of_lines(la - 2, lb + 3)]
                if len(squeeze(b[f])) >= LONG and not self.text.find_all(value_pattern(b[f]), spans):
                    continue
            if b.get(f) and self.find(b[f], spans, url=(f == "url")):
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

    def entry(self, section, e):
        keys, scalars, lists, dates = SECTIONS[section]
        out, key_hits, long_hits = {}, [], []
        for k in keys:
            h = self.find(e.get(k))
            if h:
                out[k] = e[k]
                key_hits += h
        keyed = bool(key_hits)
        # long text anywhere
        for f in scalars:
            v = e.get(f)
            if isinstance(v, str) and len(squeeze(v)) >= LONG and f not in URL_FIELDS:
                h = self.find(v)
                if h:
                    out[f] = v
                    long_hits += h
        for f in lists:
            for v in e.get(f) or []:
                if isinstance(v, str) and len(squeeze(v)) >= LONG:
                    h = self.find(v)
                    if h:
                        out.setdefault(f, []).append(v)
                        long_hits += h
        if not key_hits and not long_hits:
            return None, keyed
        # a key printed several times: keep the places where most of the
        # entry's other values are printed close by
        ranges = []
        if key_hits:
            others = [f for f in keys + scalars + lists]
            scored = []
            for h in key_hits:
                r = self.lines([h])
                scored.append((self.short_hits(e, others, self.window(r)), r))
            best = max(s for s, _ in scored)
            for s, r in scored:
                if s == best:
                    ranges += r
        ranges += [(a + WIN_BEFORE - 1, b - WIN_AFTER + 1) for a, b in self.lines(long_hits)]
        spans = self.window(ranges)
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
                    ranges += [(a + WIN_BEFORE - 1, b - WIN_AFTER + CHAIN_AFTER) for a, b in self.lines(h)]
                    spans = self.window(ranges)
            if kept:
                out[f] = kept
        # dates
        shown = {}
        for f in dates:
            if e.get(f):
                sd = shown_date(self.text, e[f], spans)
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
        items = self.r.get(name) or []
        results = [self.entry(name, e) for e in items if isinstance(e, dict)]
        keyed = sum(1 for o, k in results if o and k)
        if items and keyed * 2 < len(items) and not (len(items) == 1 and keyed == 1):
            for o, _ in results:
                if o:
                    self.to_lenient(o)
            return []
        out = []
        for o, k in results:
            if not o:
                continue
            if not k:
                # body text found, key not shown: keep the text, do not guess
                self.to_lenient(o)
                continue
            out.append(o)
        return out

    def to_lenient(self, o):
        for v in o.values():
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, str) and x not in self.lenient:
                    self.lenient.append(x)

    def derive(self):
        res = {}
        b = self.basics()
        if b:
            res["basics"] = b
        for name in ("work", "volunteer", "education", "awards", "certificates", "publications",
                     "skills", "languages", "interests", "projects"):
            s = self.section(name)
            if s:
                res[name] = s
        for ref in self.r.get("references") or []:
            for f in ("name", "reference"):
                if ref.get(f) and self.find(ref[f]) and ref[f] not in self.lenient:
                    self.lenient.append(ref[f])
        return {"resume": res, "lenient": self.lenient}


def derive(resume, text):
    return Deriver(resume, text).derive()


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    resume = json.load(open(argv[1], encoding="utf-8"))
    text = open(argv[2], encoding="utf-8", errors="replace").read()
    json.dump(derive(resume, text), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
