#!/bin/sh
# Rebuilds the derived files of the theme-like-4 blind set from the hand-written NAME.html pages:
# NAME.pdf (headless Chromium print), NAME.txt (pdftotext -layout of the PDF), NAME.docx (LibreOffice
# import of the HTML, saved as Word 2007 XML) and NAME.EXT.truth.json (src/derive.py from the hand-written
# src/truth/NAME.json). Needs chromium, pdftotext, soffice, python3.
# usage: ./build.sh            (everything)   ./build.sh NAME...   (only those résumés)
set -eu
cd "$(dirname "$0")"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
if [ $# -eq 0 ]; then set -- $(ls *.html | sed 's/\.html$//'); fi
for n in "$@"; do
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$TMP/chrome" --no-pdf-header-footer \
		--print-to-pdf="$PWD/$n.pdf" "file://$(realpath "$n.html")" 2>/dev/null
	pdftotext -layout "$n.pdf" "$n.txt"
	cp "$n.html" "$TMP/$n.html"
	(cd "$TMP" && soffice --headless --convert-to 'docx:MS Word 2007 XML' "$n.html" >/dev/null 2>&1)
	cp "$TMP/$n.docx" "$n.docx"
done
if [ -d src/truth ] && ls src/truth/*.json >/dev/null 2>&1; then
	for n in "$@"; do [ -f "src/truth/$n.json" ] && /usr/bin/python3 src/derive.py "$n"; done
fi
exit 0
