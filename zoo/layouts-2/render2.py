#!/usr/bin/env python3
"""Render the second set of generator layouts of the zoo.

  usage: python3 zoo/layouts-2/render2.py [--only LAYOUT[,LAYOUT]] [--jobs N] [--no-truth]

Same scheme as zoo/layouts/render.py: each layout takes 6 resumes of
zoo/resumes (rotated; resumes used least so far, counting the first set's
zoo/layouts/MANIFEST.tsv, first), a converter in this folder turns JSON Resume
into the generator's input, the real generator makes the files, and
zoo/truth.py derives RESUME.EXT.truth.json from the text each file shows.
zoo/layouts-2/MANIFEST.tsv lists every file, VERSIONS.txt the tool versions.
"""
import argparse
import concurrent.futures as cf
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
ZOO = os.path.dirname(HERE)
REPO = os.path.dirname(ZOO)
RESUMES = os.path.join(ZOO, "resumes")
OUT = os.path.join(REPO, "testdata", "zoo")
TRUTH = os.path.join(ZOO, "truth.py")
FIRST_MANIFEST = os.path.join(ZOO, "layouts", "MANIFEST.tsv")
BUILD = os.environ.get("ZOO_BUILD2", "/tmp/zoo-layouts2-build")
SYS_PY = "/usr/bin/python3"          # Debian's python, which has python3-docx
ENV_TEX = dict(os.environ, SOURCE_DATE_EPOCH="1704067200", FORCE_SOURCE_DATE="1")

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(ZOO, "layouts"))
import jrlib as J  # noqa: E402

# name, family, formats, quota (zh, en, bi)
LAYOUTS = [
    ("latex-currvita", "latex:currvita", ["pdf", "txt"], (2, 2, 2)),
    ("latex-europasscv", "latex:europasscv", ["pdf", "txt"], (2, 3, 1)),
    ("latex-ctexnum", "latex:ctexnum", ["pdf", "txt"], (3, 2, 1)),
    ("pandoc-rst-docx", "pandoc:rst", ["rst", "docx", "pdf"], (2, 2, 2)),
    ("asciidoctor-html", "adoc:html", ["adoc", "html", "pdf"], (2, 3, 1)),
    ("lo-fodt-frames", "lo:fodt", ["docx", "pdf"], (3, 2, 1)),
    ("pydocx-sidebar", "pydocx:sidebar", ["docx", "pdf"], (2, 2, 2)),
    ("groff-mm", "groff:mm", ["pdf", "txt"], (0, 6, 0)),
]

_tls = threading.local()
_log_lock = threading.Lock()


def log(*a):
    with _log_lock:
        print(*a, flush=True)


def run(cmd, cwd=None, env=None, timeout=600, stdout=None):
    p = subprocess.run(cmd, cwd=cwd, env=env, timeout=timeout,
                       stdout=stdout if stdout is not None else subprocess.PIPE,
                       stderr=subprocess.PIPE)
    if p.returncode != 0:
        out = p.stdout.decode("utf-8", "replace")[-1500:] if isinstance(p.stdout, bytes) else ""
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}): {out}\n"
                           f"{p.stderr.decode('utf-8', 'replace')[-1500:]}")
    return p


def first_line(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        return p.stdout.decode("utf-8", "replace").strip().splitlines()[0].strip()
    except Exception:
        return "unknown"


def last_line(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=120)
        return p.stdout.decode("utf-8", "replace").strip().splitlines()[-1].strip()
    except Exception:
        return "unknown"


def pkg_version(fname):
    """Version of a LaTeX class/package from its \\Provides... line."""
    path = subprocess.run(["kpsewhich", fname], stdout=subprocess.PIPE).stdout.decode().strip()
    if not path:
        return "?"
    with open(path, encoding="latin-1") as f:
        head = f.read(30000)
    m = re.search(r"\\Provides(?:Expl)?(?:Class|Package)\s*\{[^}]*\}(.{0,200})", head, re.S)
    if not m:
        return "?"
    tail = re.sub(r"^\s*\[\s*%\s*", "[", m.group(1))   # `[%` + newline (currvita)
    for pat in (r"^\s*\[\s*[\d/-]+\s+v?(\d[\w.]*)", r"^\s*\{[^}]*\}\s*\{\s*v?(\d[\w.]*)\s*\}",
                r"^\s*\[\s*([\d/-]+)"):
        mm = re.search(pat, tail)
        if mm:
            return mm.group(1)
    return "?"


def deb_version(pkg):
    p = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return p.stdout.decode().strip() or "?"


def versions():
    v = {}
    v["pdftex"] = first_line(["pdftex", "--version"])
    v["xetex"] = first_line(["xetex", "--version"])
    v["pandoc"] = first_line(["pandoc", "--version"])
    v["asciidoctor"] = first_line(["asciidoctor", "--version"])
    v["soffice"] = first_line(["soffice", "--version"])
    v["groff"] = first_line(["groff", "--version"])
    v["chromium"] = last_line(["chromium", "--version"])
    v["pdftotext"] = first_line(["pdftotext", "-v"])
    v["python-docx"] = subprocess.run(
        [SYS_PY, "-c", "import importlib.metadata as m; print(m.version('python-docx'))"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode().strip() or deb_version("python3-docx")
    for f in ("currvita.sty", "europasscv.cls", "ctexart.cls", "xeCJK.sty", "tabularx.sty", "titlesec.sty"):
        v[f] = pkg_version(f)
    v["texlive-latex-extra"] = deb_version("texlive-latex-extra")
    return v


def tex_short(line):
    return re.sub(r"\s*\(.*", "", line)


# ---------------------------------------------------------------- selection

def resume_lang(path):
    m = re.match(r"(zh|en|bi)_", os.path.basename(path))
    return m.group(1) if m else J.lang(J.load(path))


def first_set_usage():
    used = {}
    if os.path.exists(FIRST_MANIFEST):
        seen = set()
        with open(FIRST_MANIFEST, encoding="utf-8") as f:
            for line in f.readlines()[1:]:
                c = line.rstrip("\n").split("\t")
                if len(c) >= 3 and (c[1], c[2]) not in seen:
                    seen.add((c[1], c[2]))
                    used[c[2]] = used.get(c[2], 0) + 1
    return used


def choose(resumes):
    groups = {"zh": [], "en": [], "bi": []}
    for p in resumes:
        groups[resume_lang(p)].append(p)
    for g in groups.values():
        g.sort()
    base = first_set_usage()
    used = {p: base.get(os.path.splitext(os.path.basename(p))[0], 0) for p in resumes}
    mine = {p: 0 for p in resumes}
    plan = {}
    for i, (name, fam, fmts, quota) in enumerate(LAYOUTS):
        picks = []
        want = dict(zip(("zh", "en", "bi"), quota))
        for lg in ("zh", "bi"):
            if len(groups[lg]) < want[lg]:
                want["en"] += want[lg] - len(groups[lg])
                want[lg] = len(groups[lg])
        for lg in ("zh", "en", "bi"):
            g = groups[lg]
            if not g:
                continue
            n = len(g)
            order = [g[(i * 5 + k) % n] for k in range(n)]
            # least used in this set first, then least used overall (stable)
            order.sort(key=lambda p: (mine[p], used[p]))
            for p in order[:min(want[lg], n)]:
                picks.append((p, lg))
                used[p] += 1
                mine[p] += 1
        plan[name] = picks
    return plan


# ---------------------------------------------------------------- visible text

def lo_profile():
    if not hasattr(_tls, "lo"):
        _tls.lo = tempfile.mkdtemp(prefix="zoo2-lo-profile-")
    return "file://" + _tls.lo


def soffice(args, cwd):
    run(["soffice", "-env:UserInstallation=" + lo_profile(), "--headless", "--norestore"] + args,
        cwd=cwd, timeout=300)


def pdf_text(pdf):
    return run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"]).stdout.decode("utf-8")


def docx_text(docx, work):
    d = tempfile.mkdtemp(dir=work, prefix="txt-")
    soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, docx], cwd=work)
    fn = os.path.join(d, os.path.splitext(os.path.basename(docx))[0] + ".txt")
    with open(fn, encoding="utf-8-sig") as f:
        return f.read()


def chromium_pdf(html, pdf):
    ud = tempfile.mkdtemp(prefix="zoo2-chromium-")
    try:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--user-data-dir=" + ud, "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
             "file://" + os.path.abspath(html)], timeout=180)
    finally:
        shutil.rmtree(ud, ignore_errors=True)


def visible_texts(path, fmt, work, layout):
    """The text(s) a file shows, as zoo/layouts/render.py takes them; for a
    .docx whose text sits partly in text frames (LibreOffice's plain-text
    export leaves frames out) also the text of its LibreOffice PDF."""
    if fmt == "pdf":
        return [pdf_text(path)]
    if fmt in ("txt", "md", "rst", "adoc"):
        with open(path, encoding="utf-8") as f:
            return [f.read()]
    if fmt == "docx":
        texts = [docx_text(path, work)]
        if layout == "lo-fodt-frames":
            d = tempfile.mkdtemp(dir=work, prefix="vis-")
            soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", d, path], cwd=work)
            texts.append(pdf_text(os.path.join(d, os.path.splitext(os.path.basename(path))[0] + ".pdf")))
        return texts
    if fmt == "html":
        pdf = os.path.join(work, "visible-" + os.path.basename(path) + ".pdf")
        chromium_pdf(path, pdf)
        return [pdf_text(pdf)]
    raise ValueError(fmt)


# ---------------------------------------------------------------- builders

def tex_compile(tex, work, engine, passes=1):
    for _ in range(passes):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", os.path.basename(tex)],
            cwd=work, env=ENV_TEX, timeout=600)
    return os.path.splitext(tex)[0] + ".pdf"


def reference_docx(work):
    """pandoc's default reference.docx restyled with python-docx (the template
    a user would make once and pass with --reference-doc)."""
    ref = os.path.join(work, "reference.docx")
    run(["pandoc", "-o", ref, "--print-default-data-file", "reference.docx"])
    run([SYS_PY, os.path.join(HERE, "make_reference.py"), ref])
    return ref


def build(layout, fam, fmts, src, lg, work):
    kind, style = fam.split(":")
    env_lang = dict(os.environ, ZOO_LANG=lg)
    stem = os.path.splitext(os.path.basename(src))[0]
    v = VERS
    eng = {"pdflatex": tex_short(v["pdftex"]), "xelatex": tex_short(v["xetex"])}
    lo = " ".join(v["soffice"].split(" (")[0].split()[:2])
    out = {}
    if kind == "latex":
        tex = os.path.join(work, stem + ".tex")
        run([sys.executable, os.path.join(HERE, "to_latex2.py"), style, src, tex], env=env_lang)
        with open(tex, encoding="utf-8") as f:
            engine = f.readline().split(":", 1)[1].strip()
        cls = {"currvita": f"article + currvita {v['currvita.sty']}",
               "europasscv": f"europasscv {v['europasscv.cls']}",
               "ctexnum": (f"article + tabularx {v['tabularx.sty']} + titlesec {v['titlesec.sty']} (Roman-numbered sections)"
                           if lg == "en" else
                           f"ctexart {v['ctexart.cls']} (一、 numbered sections, 【】 titles) + tabularx {v['tabularx.sty']}")}[style]
        if lg != "en" and style != "ctexnum":
            cls += f" + xeCJK {v['xeCJK.sty']} (Noto CJK)"
        if lg != "en" and style == "ctexnum":
            cls += " (Noto CJK)"
        pdf = tex_compile(tex, work, engine, 2 if style == "europasscv" else 1)
        p = f"{eng[engine]} {cls}"
        out["pdf"] = (pdf, p)
        txt = os.path.join(work, stem + ".txt")
        with open(txt, "w", encoding="utf-8") as f:
            f.write(pdf_text(pdf))
        out["txt"] = (txt, f"pdftotext -layout ({v['pdftotext']}) of: {p}")
    elif kind == "pandoc":
        rst = os.path.join(work, stem + ".rst")
        run([sys.executable, os.path.join(HERE, "to_markup.py"), "rst", src, rst], env=env_lang)
        out["rst"] = (rst, "hand-written reStructuredText (definition lists, field lists), converter zoo/layouts-2/to_markup.py")
        ref = reference_docx(work)
        docx = os.path.join(work, stem + ".docx")
        run(["pandoc", "-f", "rst", rst, "--reference-doc=" + ref, "-o", docx], env=ENV_TEX)
        out["docx"] = (docx, f"{v['pandoc']} rst reader -> docx writer, --reference-doc restyled with python-docx {v['python-docx']}")
        pdfdir = os.path.join(work, "pdf")
        os.makedirs(pdfdir, exist_ok=True)
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", pdfdir, docx], cwd=work)
        out["pdf"] = (os.path.join(pdfdir, stem + ".pdf"), f"{lo} Writer PDF export of the pandoc .docx")
    elif kind == "adoc":
        adoc = os.path.join(work, stem + ".adoc")
        run([sys.executable, os.path.join(HERE, "to_markup.py"), "adoc", src, adoc], env=env_lang)
        out["adoc"] = (adoc, "hand-written AsciiDoc (sections, labeled lists, a table), converter zoo/layouts-2/to_markup.py")
        html = os.path.join(work, stem + ".html")
        run(["asciidoctor", "-a", "reproducible", "-a", "webfonts!", "-o", html, adoc], cwd=work, env=ENV_TEX)
        out["html"] = (html, f"{v['asciidoctor']} (html5 backend, default stylesheet)")
        pdf = os.path.join(work, stem + ".pdf")
        chromium_pdf(html, pdf)
        out["pdf"] = (pdf, f"{v['chromium']} headless print of the Asciidoctor HTML")
    elif kind == "lo":
        fodt = os.path.join(work, stem + ".fodt")
        run([sys.executable, os.path.join(HERE, "to_fodt.py"), src, fodt], env=env_lang)
        soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", work, fodt], cwd=work)
        docx = os.path.join(work, stem + ".docx")
        pdfdir = os.path.join(work, "pdf")
        os.makedirs(pdfdir, exist_ok=True)
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", pdfdir, docx], cwd=work)
        out["docx"] = (docx, f"{lo} Writer (flat ODT with a text frame and merged-cell tables, saved as Word 2007 XML)")
        out["pdf"] = (os.path.join(pdfdir, stem + ".pdf"), f"{lo} Writer PDF export of the .docx")
    elif kind == "pydocx":
        docx = os.path.join(work, stem + ".docx")
        run([SYS_PY, os.path.join(HERE, "to_pydocx2.py"), src, docx], env=env_lang)
        pdfdir = os.path.join(work, "pdf")
        os.makedirs(pdfdir, exist_ok=True)
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", pdfdir, docx], cwd=work)
        out["docx"] = (docx, f"python-docx {v['python-docx']} (sidebar table, header/footer, two-level lists)")
        out["pdf"] = (os.path.join(pdfdir, stem + ".pdf"), f"{lo} Writer PDF export of python-docx {v['python-docx']} .docx")
    elif kind == "groff":
        mm = os.path.join(work, stem + ".mm")
        run([sys.executable, os.path.join(HERE, "to_groff_mm.py"), src, mm])
        pdf = os.path.join(work, stem + ".pdf")
        with open(pdf, "wb") as f:
            run(["groff", "-k", "-mm", "-Tpdf", mm], cwd=work, stdout=f)
        out["pdf"] = (pdf, f"{v['groff']} -mm -Tpdf (gropdf)")
        txt = os.path.join(work, stem + ".txt")
        with open(txt, "w", encoding="utf-8") as f:
            f.write(pdf_text(pdf))
        out["txt"] = (txt, f"pdftotext -layout ({v['pdftotext']}) of: {v['groff']} -mm gropdf")
    missing = [f for f in fmts if f not in out]
    if missing:
        raise RuntimeError(f"{layout}: builder produced no {missing}")
    return {f: out[f] for f in fmts}


def check_pdf(path, lg):
    t = pdf_text(path)
    if len(re.sub(r"\s", "", t)) < 200:
        raise RuntimeError(f"{path}: no extractable text")
    if lg != "en" and not J.CJK.search(t):
        raise RuntimeError(f"{path}: no Chinese characters in the extracted text")


def make_truth(src, texts, work):
    paths = []
    for i, t in enumerate(texts):
        vt = os.path.join(work, f"visible-{i}-{abs(hash(t))}.txt")
        with open(vt, "w", encoding="utf-8") as f:
            f.write(t)
        paths.append(vt)
    p = run([sys.executable, TRUTH, src] + paths)
    return json.loads(p.stdout.decode("utf-8"))


def job(layout, fam, fmts, src, lg, want_truth):
    stem = os.path.splitext(os.path.basename(src))[0]
    work = os.path.join(BUILD, layout, stem)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    files = build(layout, fam, fmts, src, lg, work)
    dst_dir = os.path.join(OUT, layout)
    os.makedirs(dst_dir, exist_ok=True)
    rows = []
    for fmt, (path, producer) in files.items():
        if fmt == "pdf":
            check_pdf(path, lg)
        dst = os.path.join(dst_dir, f"{stem}.{fmt}")
        shutil.copyfile(path, dst)
        if want_truth:
            truth = make_truth(src, visible_texts(dst, fmt, work, layout), work)
            with open(dst + ".truth.json", "w", encoding="utf-8") as f:
                json.dump(truth, f, ensure_ascii=False, indent=2)
                f.write("\n")
        rows.append((os.path.relpath(dst, REPO), layout, stem, fmt, producer))
    log(f"ok   {layout:20} {stem:28} {' '.join(files)}")
    return rows


VERS = {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-truth", action="store_true")
    a = ap.parse_args()
    want_truth = not a.no_truth
    if want_truth and not os.path.exists(TRUTH):
        sys.exit(f"{TRUTH} missing (run with --no-truth to render only)")
    resumes = sorted(glob.glob(os.path.join(RESUMES, "*.json")))
    if not resumes:
        sys.exit("no resumes in " + RESUMES)
    VERS.update(versions())
    only = set(x for x in a.only.split(",") if x)
    unknown = only - {l[0] for l in LAYOUTS}
    if unknown:
        sys.exit(f"unknown layout(s): {', '.join(sorted(unknown))}")
    with open(os.path.join(HERE, "VERSIONS.txt"), "w") as f:
        for k, val in VERS.items():
            f.write(f"{k}\t{val}\n")
    plan = choose(resumes)
    layouts = [l for l in LAYOUTS if not only or l[0] in only]
    for name, *_ in layouts:
        shutil.rmtree(os.path.join(OUT, name), ignore_errors=True)
    jobs = []
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for name, fam, fmts, quota in layouts:
            for src, lg in plan[name]:
                jobs.append(((name, os.path.basename(src)), ex.submit(job, name, fam, fmts, src, lg, want_truth)))
        rows, failed = [], []
        for key, fut in jobs:
            try:
                rows.extend(fut.result())
            except Exception as e:
                failed.append((key, str(e)))
                log(f"FAIL {key[0]:20} {key[1]:28} {str(e)[:2000]}")
    man = os.path.join(HERE, "MANIFEST.tsv")
    old = []
    if only and os.path.exists(man):
        with open(man, encoding="utf-8") as f:
            old = [l.rstrip("\n").split("\t") for l in f.readlines()[1:]]
        old = [r for r in old if r[1] not in only]
    allrows = sorted([tuple(r) for r in old] + rows)
    with open(man, "w", encoding="utf-8") as f:
        f.write("path\tlayout\tresume\tformat\tproducer\n")
        for r in allrows:
            f.write("\t".join(r) + "\n")
    log(f"{len(rows)} files written, {len(failed)} jobs failed")
    usage = {}
    for r in allrows:
        usage.setdefault(r[2], set()).add(r[1])
    for k in sorted(usage):
        log(f"  {k:30} {len(usage[k])} layouts")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
