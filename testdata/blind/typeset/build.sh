#!/bin/sh
# Rebuilds the typeset blind set from src/: src/NAME.tex -> NAME.pdf (engine named on the file's first
# line, `% !TEX program = xelatex` or `pdflatex`), or src/NAME.docx.py -> NAME.docx (python-docx) ->
# NAME.pdf (LibreOffice, as Writer/Word "export as PDF"); then NAME.txt (pdftotext -layout NAME.pdf)
# and the per-format truths NAME.EXT.truth.json (src/derive.py from the hand-written src/truth/NAME.json).
# Needs xelatex/pdflatex (texlive, ctex, moderncv, fontawesome5), soffice, pdftotext, python3-docx.
# usage: ./build.sh            (everything)   ./build.sh NAME...   (only those résumés)
set -eu
cd "$(dirname "$0")"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1733270400 FORCE_SOURCE_DATE=1
if [ $# -eq 0 ]; then set -- $(ls src/truth | sed 's/\.json$//'); fi
for n in "$@"; do
	if [ -f "src/$n.tex" ]; then
		eng=$(sed -n '1s/^% !TEX program = //p' "src/$n.tex")
		(cd "$TMP" && for i in 1 2; do $eng -interaction=batchmode -halt-on-error "$OLDPWD/src/$n.tex" >/dev/null || { tail -30 "$n.log"; exit 1; }; done)
		cp "$TMP/$n.pdf" "$n.pdf"
	elif [ -f "src/$n.docx.py" ]; then
		/usr/bin/python3 "src/$n.docx.py" "$n.docx"
		soffice --headless --convert-to pdf --outdir "$TMP" "$n.docx" >/dev/null 2>&1
		cp "$TMP/$n.pdf" "$n.pdf"
	fi
	pdftotext -layout "$n.pdf" "$n.txt"
done
/usr/bin/python3 src/derive.py "$@"
