#!/usr/bin/env bash
# Regenerate the producer zoo: the same resumes of zoo/resumes/ (two English,
# two Chinese) made by every producer this machine has (pdfLaTeX, XeLaTeX,
# LuaLaTeX, pandoc, Chromium, LibreOffice Writer, Ghostscript, groff, qpdf,
# python-docx), each file with its truth, into testdata/producers/ (see
# zoo/producers/render.py; testdata/producers/MANIFEST.tsv names each file's
# producer). The PDFs' pdftotext references for the word-recall test of
# parser/pdf are refreshed by PDF_WORDS=update go test ./parser/pdf -run TestWordRecall.
#
# usage: zoo/render-producers.sh [--only PRODUCER[,PRODUCER]] [--jobs N]
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for t in pdflatex xelatex lualatex pandoc soffice groff pdftotext chromium ps2pdf qpdf; do
  command -v "$t" >/dev/null 2>&1 || missing+=("$t")
done
/usr/bin/python3 -c 'import docx' 2>/dev/null || missing+=("python3-docx")
if [ ${#missing[@]} -gt 0 ]; then
  echo "missing: ${missing[*]} (zoo/render-layouts.sh lists the Debian packages; add ghostscript and qpdf)" >&2
  exit 2
fi
export PYTHONDONTWRITEBYTECODE=1
exec python3 zoo/producers/render.py "$@"
