#!/usr/bin/env python3
"""Render the producer zoo: the same few resumes made by every producer this
machine has, so that one producer can be compared with another and with the
plain-text version of the same resume.

  usage: python3 zoo/producers/render.py [--only PRODUCER[,PRODUCER]] [--jobs N]

Writes testdata/producers/PRODUCER/RESUME.EXT, each with RESUME.EXT.truth.json
made by zoo/truth.py from the text the file shows (pdftotext -layout and -raw
of a PDF; of LibreOffice's PDF of a DOCX, which shows text boxes), and
testdata/producers/MANIFEST.tsv (path, producer, resume, format, tool).
The builders of zoo/layouts/render.py make the LaTeX, pandoc, LibreOffice,
python-docx and groff files; this script adds Chromium, Ghostscript, qpdf
and python-docx layouts with text boxes, section columns and a table.
"""
import argparse
import concurrent.futures as cf
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(REPO, "zoo", "layouts"))
import render as L  # noqa: E402  (the layout zoo's builders and helpers)

OUT = os.path.join(REPO, "testdata", "producers")
BUILD = os.environ.get("ZOO_BUILD", "/tmp/zoo-producers-build")
RESUMES = ["en_newgrad_tran", "en_security_ndlovu", "zh_campus_li", "zh_data_analyst_zhao"]
ENGLISH = [r for r in RESUMES if r.startswith("en_")]
CHINESE = [r for r in RESUMES if r.startswith("zh_")]

# producer -> (resumes, format): what each producer makes.
PRODUCERS = {
    "text": (RESUMES, "txt"),
    "pdflatex-moderncv": (ENGLISH, "pdf"),
    "xelatex-moderncv": (CHINESE, "pdf"),
    "pdflatex-icons": (ENGLISH, "pdf"),
    "lualatex-icons": (CHINESE, "pdf"),
    "latex-twocol": (RESUMES, "pdf"),
    "xelatex-ctexart": (CHINESE, "pdf"),
    "pandoc-xelatex": (RESUMES, "pdf"),
    "pandoc-docx": (RESUMES, "docx"),
    "chromium-pandoc-html": (RESUMES, "pdf"),
    "chromium-twocol": (RESUMES, "pdf"),
    "lo-writer-pdf": (RESUMES, "pdf"),
    "lo-writer-docx": (RESUMES, "docx"),
    "ps2pdf": (RESUMES, "pdf"),
    "groff-ms": (ENGLISH, "pdf"),
    "qpdf-objstm": (RESUMES, "pdf"),
    "qpdf-linearized": (RESUMES, "pdf"),
    "qpdf-aes256": (RESUMES, "pdf"),
    "qpdf-rc4-40": (RESUMES, "pdf"),
    "pydocx-tabs": (RESUMES, "docx"),
    "pydocx-boxes": (RESUMES, "docx"),
    "pydocx-cols": (RESUMES, "docx"),
    "pydocx-table": (RESUMES, "docx"),
    "lo-writer-pdf-boxes": (RESUMES, "pdf"),
    "lo-writer-pdf-cols": (RESUMES, "pdf"),
}


def lang(stem):
    return stem.split("_", 1)[0]


def layout_build(fam, fmts, src, lg, work):
    return L.build("producers", fam, fmts, src, lg, work, PROD)


def docx_pdf(docx, work):
    """LibreOffice Writer's PDF of a .docx."""
    d = os.path.join(work, "lo-" + os.path.basename(docx))
    os.makedirs(d, exist_ok=True)
    L.soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", d, docx], cwd=work)
    return os.path.join(d, os.path.splitext(os.path.basename(docx))[0] + ".pdf")


def base_pdf(src, lg, work):
    """The PDF the qpdf variants rewrite: Chromium's two-column print."""
    return make("chromium-twocol", src, lg, work)[0]


def make(producer, src, lg, work):
    """Builds one file; returns (path, tool)."""
    stem = os.path.splitext(os.path.basename(src))[0]
    work = os.path.join(work, producer)
    os.makedirs(work, exist_ok=True)
    v = L.VERS
    eng, lo = PROD
    if producer == "text":
        md = os.path.join(work, stem + ".md")
        L.run([sys.executable, os.path.join(REPO, "zoo", "layouts", "to_markdown.py"), "classic", src, md],
              env=dict(os.environ, ZOO_LANG=lg))
        txt = os.path.join(work, stem + ".txt")
        L.run(["pandoc", md, "-t", "plain", "--wrap=none", "-o", txt])
        return txt, f"{v['pandoc']} -t plain of the classic Markdown (zoo/layouts/to_markdown.py)"
    if producer in ("pdflatex-moderncv", "xelatex-moderncv"):
        return layout_build("moderncv:classic", ["pdf"], src, lg, work)["pdf"]
    if producer in ("pdflatex-icons", "lualatex-icons"):
        return layout_build("latex:icons", ["pdf"], src, lg, work)["pdf"]
    if producer == "latex-twocol":
        return layout_build("latex:twocol", ["pdf"], src, lg, work)["pdf"]
    if producer == "xelatex-ctexart":
        return layout_build("latex:ctexart", ["pdf"], src, lg, work)["pdf"]
    if producer in ("pandoc-xelatex", "pandoc-docx", "chromium-pandoc-html"):
        out = layout_build("pandoc:classic", ["md", "html", "docx", "pdf"], src, lg, work)
        if producer == "pandoc-xelatex":
            return out["pdf"]
        if producer == "pandoc-docx":
            return out["docx"]
        pdf = os.path.join(work, stem + ".chromium.pdf")
        L.chromium_pdf(out["html"][0], pdf)
        return pdf, f"{v['chromium']} print of {out['html'][1]}"
    if producer == "chromium-twocol":
        html = os.path.join(work, stem + ".html")
        L.run([sys.executable, os.path.join(HERE, "to_twocol_html.py"), src, html], env=dict(os.environ, ZOO_LANG=lg))
        pdf = os.path.join(work, stem + ".pdf")
        L.chromium_pdf(html, pdf)
        return pdf, f"{v['chromium']} print of a two-column CSS grid page (zoo/producers/to_twocol_html.py)"
    if producer in ("lo-writer-pdf", "lo-writer-docx"):
        out = layout_build("lo:table", ["docx", "pdf"], src, lg, work)
        return out["pdf" if producer == "lo-writer-pdf" else "docx"]
    if producer == "ps2pdf":
        first, tool = make("pdflatex-moderncv" if lg == "en" else "xelatex-moderncv", src, lg, work)
        pdf = os.path.join(work, stem + ".ps2pdf.pdf")
        L.run(["ps2pdf", first, pdf])
        return pdf, f"Ghostscript {L.first_line(['gs', '--version'])} ps2pdf of: {tool}"
    if producer == "groff-ms":
        return layout_build("groff:ms", ["pdf"], src, lg, work)["pdf"]
    if producer.startswith("qpdf-"):
        first, tool = make("chromium-twocol" if producer != "qpdf-rc4-40" else "lo-writer-pdf", src, lg, work)
        pdf = os.path.join(work, stem + "." + producer + ".pdf")
        args = {"qpdf-objstm": ["--object-streams=generate"],
                "qpdf-linearized": ["--linearize"],
                "qpdf-aes256": ["--encrypt", "", "owner-secret", "256", "--"],
                "qpdf-rc4-40": ["--allow-weak-crypto", "--encrypt", "", "owner-secret", "40", "--"]}[producer]
        L.run(["qpdf"] + args + [first, pdf])
        shown = " ".join(a or '""' for a in args)
        return pdf, f"{L.first_line(['qpdf', '--version'])} {shown} of: {tool}"
    if producer == "pydocx-tabs":
        return layout_build("pydocx:tabs", ["docx", "pdf", "txt"], src, lg, work)["docx"]
    if producer.startswith("pydocx-"):
        style = producer.split("-", 1)[1]
        docx = os.path.join(work, stem + ".docx")
        L.run([L.SYS_PY, os.path.join(HERE, "to_pydocx_layout.py"), style, src, docx], env=dict(os.environ, ZOO_LANG=lg))
        return docx, f"python-docx {v['python-docx']} ({style} layout, zoo/producers/to_pydocx_layout.py)"
    if producer.startswith("lo-writer-pdf-"):
        style = producer.rsplit("-", 1)[1]
        docx, tool = make("pydocx-" + style, src, lg, work)
        return docx_pdf(docx, work), f"{lo} Writer PDF export of: {tool}"
    raise ValueError(producer)


def visible(path, fmt, work):
    """The texts the file shows, for zoo/truth.py."""
    if fmt == "txt":
        with open(path, encoding="utf-8") as f:
            return [f.read()]
    pdf = docx_pdf(path, work) if fmt == "docx" else path
    raw = L.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"]).stdout.decode("utf-8")
    return [L.pdf_text(pdf), raw]


def truth(src, texts, work):
    files = []
    for i, t in enumerate(texts):
        fn = os.path.join(work, f"visible-{i}.txt")
        with open(fn, "w", encoding="utf-8") as f:
            f.write(t)
        files.append(fn)
    return json.loads(L.run([sys.executable, L.TRUTH, src] + files).stdout.decode("utf-8"))


def job(producer, stem):
    src = os.path.join(L.RESUMES, stem + ".json")
    work = os.path.join(BUILD, producer, stem)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    fmt = PRODUCERS[producer][1]
    path, tool = make(producer, src, lang(stem), work)
    dst = os.path.join(OUT, producer, f"{stem}.{fmt}")
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copyfile(path, dst)
    t = truth(src, visible(dst, fmt, work), work)
    with open(dst + ".truth.json", "w", encoding="utf-8") as f:
        json.dump(t, f, ensure_ascii=False, indent=2)
        f.write("\n")
    L.log(f"ok   {producer:22} {stem}")
    return (os.path.relpath(dst, OUT), producer, stem, fmt, tool)


PROD = None


def main():
    global PROD
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    L.VERS.update(L.versions())
    PROD = L.producers(L.VERS)
    only = [p for p in a.only.split(",") if p]
    todo = [p for p in PRODUCERS if not only or p in only]
    for p in todo:
        shutil.rmtree(os.path.join(OUT, p), ignore_errors=True)
    rows, failed = [], []
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        futs = [((p, s), ex.submit(job, p, s)) for p in todo for s in PRODUCERS[p][0]]
        for key, fut in futs:
            try:
                rows.append(fut.result())
            except Exception as e:  # keep going; report at the end
                failed.append(key)
                L.log(f"FAIL {key[0]:22} {key[1]} {str(e)[:1500]}")
    man = os.path.join(OUT, "MANIFEST.tsv")
    old = []
    if only and os.path.exists(man):
        with open(man, encoding="utf-8") as f:
            old = [tuple(l.rstrip("\n").split("\t")) for l in f.readlines()[1:]]
        old = [r for r in old if r[1] not in only]
    with open(man, "w", encoding="utf-8") as f:
        f.write("path\tproducer\tresume\tformat\ttool\n")
        for r in sorted(old + rows):
            f.write("\t".join(r) + "\n")
    L.log(f"{len(rows)} files written, {len(failed)} failed")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
