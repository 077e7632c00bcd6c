#!/bin/sh
# Rebuilds the derived files of the en-freeform blind set from the sources in src/ and the
# hand-written .md/.html/.txt files. Needs pandoc, chromium, soffice, pdftotext, python3-docx.
# usage: ./build.sh            (everything)   ./build.sh NAME...   (only those resumes)
set -eu
cd "$(dirname "$0")"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
pdf_of_html() { # $1 html file, $2 out pdf
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--print-to-pdf="$2" "file://$(realpath "$1")" 2>/dev/null
}
build() {
	n=$1
	# docx written by a python-docx script
	if [ -f "src/$n.docx.py" ]; then /usr/bin/python3 "src/$n.docx.py" "$n.docx"; fi
	# Markdown (read as GitHub-flavoured CommonMark, as Typora / VS Code do) -> HTML (pandoc) -> PDF (Chromium)
	if [ -f "$n.md" ] && grep -qx "$n.pdf" src/pdf-from-md.txt; then
		pandoc -f gfm+yaml_metadata_block -t html5 -s --metadata pagetitle="$n" -H src/md-head.html "$n.md" -o "$TMP/$n.html"
		pdf_of_html "$TMP/$n.html" "$n.pdf"
	fi
	# plain text (as typed in an editor) -> <pre> page -> PDF (Chromium), as "print from the browser"
	if [ -f "$n.txt" ] && grep -qx "$n.pdf" src/pdf-from-txt.txt; then
		{ cat src/txt-head.html; sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' "$n.txt"; printf '</pre></body></html>\n'; } > "$TMP/$n.html"
		pdf_of_html "$TMP/$n.html" "$n.pdf"
	fi
	# DOCX -> PDF (LibreOffice export, as Word/WPS "save as PDF")
	if [ -f "$n.docx" ] && grep -qx "$n.pdf" src/pdf-from-docx.txt; then
		(soffice --headless --convert-to pdf --outdir "$TMP" "$n.docx" >/dev/null 2>&1)
		cp "$TMP/$n.pdf" "$n.pdf"
	fi
	# one truth per person, copied beside each of its files
	# (src/truth/NAME.EXT.json, when present, is that file's truth trimmed to what it prints)
	for f in "$n".md "$n".html "$n".txt "$n".docx "$n".pdf; do
		[ -f "$f" ] || continue
		if [ -f "src/truth/$f.json" ]; then cp "src/truth/$f.json" "$f.truth.json"; else cp "src/truth/$n.json" "$f.truth.json"; fi
	done
	return 0
}
if [ $# -eq 0 ]; then set -- $(ls src/truth | grep -E '^[a-z]+_[a-z_]+\.json$' | sed 's/\.json$//'); fi
for n in "$@"; do build "$n"; done
