#!/bin/sh
# Rebuilds the derived files of the web-saved blind set from the hand-written sources
# (NAME.html saved pages, NAME.md). Needs chromium, soffice, node (no npm packages), pandoc, pdftotext.
#   src/NAME.page.py        NAME.html <- a saved code-host page wrapped around NAME.md rendered by pandoc (gfm)
# usage: ./build.sh            (everything)   ./build.sh NAME...   (only those resumes)
#   src/pdf-from-html.txt   NAME.pdf  <- headless Chromium print of NAME.html (--no-pdf-header-footer)
#   src/docx-from-html.txt  NAME.docx <- LibreOffice import of NAME.html saved as Word 2007 XML
#   src/txt-from-html.txt   NAME.txt  <- the page's text as Ctrl-A / Ctrl-C copies it (src/innertext.js:
#                                        document.body.innerText in a 1366x900 Chromium window)
set -eu
cd "$(dirname "$0")"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
build() {
	n=$1
	# a saved page generated around a Markdown source (src/NAME.page.py)
	if [ -f "src/$n.page.py" ]; then /usr/bin/python3 "src/$n.page.py"; fi
	if [ -f "$n.html" ] && grep -qx "$n.pdf" src/pdf-from-html.txt; then
		chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
			--print-to-pdf="$n.pdf" "file://$(realpath "$n.html")" 2>/dev/null
	fi
	if [ -f "$n.html" ] && grep -qx "$n.docx" src/docx-from-html.txt; then
		(soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$TMP" "$n.html" >/dev/null 2>&1)
		cp "$TMP/$n.docx" "$n.docx"
	fi
	if [ -f "$n.html" ] && grep -qx "$n.txt" src/txt-from-html.txt; then
		node src/innertext.js "$n.html" > "$n.txt"
	fi
	# one truth per person, copied beside each of its files
	# (a file listed in src/trim.py shows less: its truth is trimmed to what it shows)
	for f in "$n".md "$n".html "$n".txt "$n".docx "$n".pdf; do
		[ -f "$f" ] || continue
		if grep -q "\"$f\":" src/trim.py; then python3 src/trim.py "$f" > "$f.truth.json"; else cp "src/truth/$n.json" "$f.truth.json"; fi
	done
	return 0
}
if [ $# -eq 0 ]; then set -- $(ls src/truth | grep -E '^[a-z]+_[a-z_]+\.json$' | sed 's/\.json$//'); fi
for n in "$@"; do build "$n"; done
