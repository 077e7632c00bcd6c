#!/usr/bin/env python3
"""Render the generator layouts of the zoo (everything that is not an npm theme).

  usage: python3 zoo/layouts/render.py [--only LAYOUT[,LAYOUT]] [--jobs N] [--no-truth]

For each layout it picks 5-7 resumes from zoo/resumes (rotating so that every
resume appears in several layouts), converts JSON Resume -> the generator's input
with the converters in this folder, runs the real generator, and writes
testdata/zoo/LAYOUT/RESUME.EXT plus RESUME.EXT.truth.json made by zoo/truth.py
from that file's visible text.  zoo/layouts/MANIFEST.tsv lists every file.
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
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
RESUMES = os.path.join(REPO, "zoo", "resumes")
OUT = os.path.join(REPO, "testdata", "zoo")
TRUTH = os.path.join(REPO, "zoo", "truth.py")
BUILD = os.environ.get("ZOO_BUILD", "/tmp/zoo-layouts-build")
SYS_PY = "/usr/bin/python3"          # Debian's python, which has python3-docx
ENV_TEX = dict(os.environ, SOURCE_DATE_EPOCH="1704067200", FORCE_SOURCE_DATE="1")

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import jrlib as J  # noqa: E402

# name, generator family, formats, quota (zh, en, bi)
LAYOUTS = [
    ("latex-moderncv-classic", "moderncv:classic", ["pdf", "txt"], (2, 2, 2)),
    ("latex-moderncv-banking", "moderncv:banking", ["pdf", "txt"], (3, 2, 1)),
    ("latex-moderncv-casual", "moderncv:casual", ["pdf", "txt"], (2, 3, 1)),
    ("latex-icons", "latex:icons", ["pdf", "txt"], (2, 3, 1)),
    ("latex-twocol", "latex:twocol", ["pdf", "txt"], (3, 2, 1)),
    ("latex-jake", "latex:jake", ["pdf", "txt"], (2, 3, 1)),
    ("latex-ctexart", "latex:ctexart", ["pdf", "txt"], (3, 2, 1)),
    ("latex-europecv", "latex:europecv", ["pdf", "txt"], (2, 2, 2)),
    ("latex-curve", "latex:curve", ["pdf", "txt"], (2, 3, 1)),
    ("pandoc-md", "pandoc:classic", ["md", "html", "docx", "pdf"], (2, 2, 2)),
    ("pandoc-md-oneline", "pandoc:oneline", ["md", "docx", "pdf"], (2, 3, 1)),
    ("pandoc-md-pipe", "pandoc:pipe", ["md", "html"], (3, 2, 1)),
    ("lo-table", "lo:table", ["docx", "pdf"], (2, 2, 2)),
    ("pydocx-tabs", "pydocx:tabs", ["docx", "pdf", "txt"], (3, 2, 1)),
    ("groff-ms", "groff:ms", ["pdf", "txt"], (0, 6, 0)),
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
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}): {out}\n{p.stderr.decode('utf-8', 'replace')[-1500:]}")
    return p


def last_line(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=120)
        return p.stdout.decode("utf-8", "replace").strip().splitlines()[-1].strip()
    except Exception:
        return "unknown"


def first_line(cmd):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        return p.stdout.decode("utf-8", "replace").strip().splitlines()[0].strip()
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
    tail = m.group(1)
    for pat in (r"^\s*\[\s*[\d/-]+\s+v?(\d[\w.]*)", r"^\s*\{[^}]*\}\s*\{\s*v?(\d[\w.]*)\s*\}",
                r"^\s*\[\s*([\d/-]+)"):
        mm = re.search(pat, tail)
        if mm:
            return mm.group(1)
    return "?"


def versions():
    v = {}
    v["pdftex"] = first_line(["pdftex", "--version"])
    v["xetex"] = first_line(["xetex", "--version"])
    v["luatex"] = first_line(["luatex", "--version"])
    v["pandoc"] = first_line(["pandoc", "--version"])
    v["soffice"] = first_line(["soffice", "--version"])
    v["groff"] = first_line(["groff", "--version"])
    v["chromium"] = last_line(["chromium", "--version"])
    v["pdftotext"] = first_line(["pdftotext", "-v"])
    v["python-docx"] = subprocess.run([SYS_PY, "-c", "import importlib.metadata as m; print(m.version('python-docx'))"],
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode().strip() or \
        first_line(["dpkg-query", "-W", "-f=${Version}", "python3-docx"])
    for f in ("moderncv.cls", "europecv.cls", "curve.cls", "paracol.sty", "fontawesome5.sty",
              "ctexart.cls", "xeCJK.sty", "titlesec.sty"):
        v[f] = pkg_version(f)
    return v


def tex_short(line):
    # 'pdfTeX 3.141592653-2.6-1.40.24 (TeX Live 2022/Debian)' -> 'pdfTeX 3.141592653-2.6-1.40.24'
    line = re.sub(r"^This is LuaTeX, Version", "LuaTeX", line)
    return re.sub(r"\s*\(.*", "", line)


def producers(v):
    eng = {"pdflatex": tex_short(v["pdftex"]), "xelatex": tex_short(v["xetex"]),
           "lualatex": tex_short(v["luatex"])}
    lo = v["soffice"].split(" (")[0].replace("LibreOffice ", "LibreOffice ")
    lo = " ".join(lo.split()[:2])
    return eng, lo


# ---------------------------------------------------------------- selection

def resume_lang(path):
    base = os.path.basename(path)
    m = re.match(r"(zh|en|bi)_", base)
    if m:
        return m.group(1)
    return J.lang(J.load(path))


def choose(resumes):
    groups = {"zh": [], "en": [], "bi": []}
    for p in resumes:
        groups[resume_lang(p)].append(p)
    for g in groups.values():
        g.sort()
    used = {p: 0 for p in resumes}
    plan = {}
    for i, (name, fam, fmts, quota) in enumerate(LAYOUTS):
        picks = []
        want = dict(zip(("zh", "en", "bi"), quota))
        # a group that is short gives its slots to English
        for lg in ("zh", "bi"):
            if len(groups[lg]) < want[lg]:
                want["en"] += want[lg] - len(groups[lg])
                want[lg] = len(groups[lg])
        for lg in ("zh", "en", "bi"):
            g = groups[lg]
            if not g:
                continue
            n = len(g)
            order = [g[(i * 3 + k) % n] for k in range(n)]       # rotate by layout
            order.sort(key=lambda p: used[p])                    # least used first (stable)
            for p in order[:min(want[lg], n)]:
                picks.append((p, lg))
                used[p] += 1
        plan[name] = picks
    return plan, used


# ---------------------------------------------------------------- visible text

def lo_profile():
    if not hasattr(_tls, "lo"):
        _tls.lo = tempfile.mkdtemp(prefix="zoo-lo-profile-")
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
    ud = tempfile.mkdtemp(prefix="zoo-chromium-")
    try:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--user-data-dir=" + ud, "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
             "file://" + os.path.abspath(html)], timeout=180)
    finally:
        shutil.rmtree(ud, ignore_errors=True)


def visible_text(path, fmt, work):
    if fmt == "pdf":
        return pdf_text(path)
    if fmt in ("txt", "md"):
        with open(path, encoding="utf-8") as f:
            return f.read()
    if fmt == "docx":
        return docx_text(path, work)
    if fmt == "html":
        pdf = os.path.join(work, "visible-" + os.path.basename(path) + ".pdf")
        chromium_pdf(path, pdf)
        return pdf_text(pdf)
    raise ValueError(fmt)


# ---------------------------------------------------------------- builders

def tex_compile(tex, work, engine, passes=1):
    for _ in range(passes):
        run([engine, "-interaction=nonstopmode", "-halt-on-error", os.path.basename(tex)],
            cwd=work, env=ENV_TEX, timeout=600)
    return os.path.splitext(tex)[0] + ".pdf"


def build(layout, fam, fmts, src, lg, work, prod):
    """Returns {fmt: (path, producer)}."""
    kind, style = fam.split(":")
    env_lang = dict(os.environ, ZOO_LANG=lg)
    stem = os.path.splitext(os.path.basename(src))[0]
    eng, lo = prod
    v = VERS
    out = {}
    if kind in ("moderncv", "latex"):
        tex = os.path.join(work, stem + ".tex")
        conv = "to_moderncv.py" if kind == "moderncv" else "to_latex.py"
        run([sys.executable, os.path.join(HERE, conv), style, src, tex], env=env_lang)
        if kind == "moderncv":
            engine = "pdflatex" if lg == "en" else "xelatex"
            cls = f"moderncv {v['moderncv.cls']} ({style})"
        else:
            with open(tex, encoding="utf-8") as f:
                engine = f.readline().split(":", 1)[1].strip()
            cls = {"icons": f"article + fontawesome5 {v['fontawesome5.sty']} + titlesec {v['titlesec.sty']}",
                   "twocol": f"article + paracol {v['paracol.sty']}",
                   "jake": "article (Jake's resume macros, tabular*)",
                   "ctexart": f"ctexart {v['ctexart.cls']} (fontset=fandol)",
                   "europecv": f"europecv {v['europecv.cls']}",
                   "curve": f"curve {v['curve.cls']}"}[style]
            if lg != "en" and engine == "xelatex" and style != "ctexart":
                cls += f" + xeCJK {v['xeCJK.sty']} (Noto CJK)"
            if lg != "en" and engine == "lualatex":
                cls += " + ctex/luatexja (Noto CJK)"
        passes = 2 if style in ("curve", "twocol", "europecv") else 1
        pdf = tex_compile(tex, work, engine, passes)
        p = f"{eng[engine]} {cls}"
        out["pdf"] = (pdf, p)
        txt = os.path.join(work, stem + ".txt")
        with open(txt, "w", encoding="utf-8") as f:
            f.write(pdf_text(pdf))
        out["txt"] = (txt, f"pdftotext -layout ({v['pdftotext']}) of: {p}")
    elif kind == "pandoc":
        md = os.path.join(work, stem + ".md")
        run([sys.executable, os.path.join(HERE, "to_markdown.py"), style, src, md], env=env_lang)
        pv = v["pandoc"]
        out["md"] = (md, f"hand-written Markdown ({style} style), converter zoo/layouts/to_markdown.py")
        name = J.names(J.load(src))[0]
        if "html" in fmts:
            html = os.path.join(work, stem + ".html")
            run(["pandoc", "-s", "--metadata", "pagetitle=" + name, md, "-o", html], env=ENV_TEX)
            out["html"] = (html, f"{pv} -s (HTML5 template)")
        if "docx" in fmts:
            docx = os.path.join(work, stem + ".docx")
            run(["pandoc", md, "-o", docx], env=ENV_TEX)
            out["docx"] = (docx, f"{pv} (docx writer)")
        if "pdf" in fmts:
            pdf = os.path.join(work, stem + ".pdf")
            cmd = ["pandoc", md, "--pdf-engine=xelatex", "-o", pdf]
            if style != "oneline":   # the oneline style carries these in its YAML front matter
                cmd += ["-V", "geometry:margin=2cm"]
                if lg != "en":
                    cmd += ["-V", "CJKmainfont=Noto Serif CJK SC"]
            run(cmd, cwd=work, env=ENV_TEX)
            out["pdf"] = (pdf, f"{pv} + {eng['xelatex']} (pandoc LaTeX template)")
    elif kind == "lo":
        html = os.path.join(work, stem + ".html")
        run([sys.executable, os.path.join(HERE, "to_lo_html.py"), src, html], env=env_lang)
        soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, html], cwd=work)
        docx = os.path.join(work, stem + ".docx")
        pdfdir = os.path.join(work, "pdf")
        os.makedirs(pdfdir, exist_ok=True)
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", pdfdir, docx], cwd=work)
        out["docx"] = (docx, f"{lo} Writer (HTML table layout saved as Word 2007 XML)")
        out["pdf"] = (os.path.join(pdfdir, stem + ".pdf"), f"{lo} Writer PDF export of the .docx")
    elif kind == "pydocx":
        docx = os.path.join(work, stem + ".docx")
        run([SYS_PY, os.path.join(HERE, "to_pydocx.py"), src, docx], env=env_lang)
        pdfdir = os.path.join(work, "pdf")
        os.makedirs(pdfdir, exist_ok=True)
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", pdfdir, docx], cwd=work)
        pdf = os.path.join(pdfdir, stem + ".pdf")
        out["docx"] = (docx, f"python-docx {v['python-docx']}")
        out["pdf"] = (pdf, f"{lo} Writer PDF export of python-docx {v['python-docx']} .docx")
        txt = os.path.join(work, stem + ".txt")
        with open(txt, "w", encoding="utf-8") as f:
            f.write(pdf_text(pdf))
        out["txt"] = (txt, f"pdftotext -layout ({v['pdftotext']}) of the LibreOffice PDF")
    elif kind == "groff":
        ms = os.path.join(work, stem + ".ms")
        run([sys.executable, os.path.join(HERE, "to_groff.py"), src, ms])
        pdf = os.path.join(work, stem + ".pdf")
        with open(pdf, "wb") as f:
            run(["groff", "-k", "-ms", "-Tpdf", ms], cwd=work, stdout=f)
        out["pdf"] = (pdf, f"{v['groff']} -ms -Tpdf (gropdf)")
        txt = os.path.join(work, stem + ".txt")
        with open(txt, "w", encoding="utf-8") as f:
            f.write(pdf_text(pdf))
        out["txt"] = (txt, f"pdftotext -layout ({v['pdftotext']}) of: {v['groff']} gropdf")
    missing = [f for f in fmts if f not in out]
    if missing:
        raise RuntimeError(f"{layout}: builder produced no {missing}")
    return {f: out[f] for f in fmts}


def make_truth(src, visible, work):
    vt = os.path.join(work, "visible-%d.txt" % abs(hash(visible)))
    with open(vt, "w", encoding="utf-8") as f:
        f.write(visible)
    p = run([sys.executable, TRUTH, src, vt])
    t = json.loads(p.stdout.decode("utf-8"))
    return t


def job(layout, fam, fmts, src, lg, prod, want_truth):
    stem = os.path.splitext(os.path.basename(src))[0]
    work = os.path.join(BUILD, layout, stem)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    files = build(layout, fam, fmts, src, lg, work, prod)
    dst_dir = os.path.join(OUT, layout)
    os.makedirs(dst_dir, exist_ok=True)
    rows = []
    for fmt, (path, producer) in files.items():
        dst = os.path.join(dst_dir, f"{stem}.{fmt}")
        shutil.copyfile(path, dst)
        if want_truth:
            truth = make_truth(src, visible_text(dst, fmt, work), work)
            with open(dst + ".truth.json", "w", encoding="utf-8") as f:
                json.dump(truth, f, ensure_ascii=False, indent=2)
                f.write("\n")
        rows.append((os.path.relpath(dst, REPO), layout, stem, fmt, producer))
    log(f"ok   {layout:24} {stem:28} {' '.join(files)}")
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
    with open(os.path.join(HERE, "VERSIONS.txt"), "w") as f:
        for k, val in VERS.items():
            f.write(f"{k}\t{val}\n")
    prod = producers(VERS)
    plan, used = choose(resumes)
    only = set(x for x in a.only.split(",") if x)
    layouts = [l for l in LAYOUTS if not only or l[0] in only]
    for name, *_ in layouts:
        shutil.rmtree(os.path.join(OUT, name), ignore_errors=True)
    jobs = []
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for name, fam, fmts, quota in layouts:
            for src, lg in plan[name]:
                if fam.startswith("groff") and lg != "en":
                    continue
                jobs.append(((name, os.path.basename(src)), ex.submit(job, name, fam, fmts, src, lg, prod, want_truth)))
        rows, failed = [], []
        for key, fut in jobs:
            try:
                rows.extend(fut.result())
            except Exception as e:  # keep going; report at the end
                failed.append((key, str(e)))
                log(f"FAIL {key[0]:24} {key[1]:28} {str(e)[:2000]}")
    # manifest: keep rows of layouts not re-rendered this time
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
