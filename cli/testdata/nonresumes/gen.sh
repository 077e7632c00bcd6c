#!/usr/bin/env bash
# Regenerates the HTML, PDF and DOCX non-resumes of this directory from
# their Markdown sources in src/ (pandoc for HTML and DOCX, headless
# Chromium for PDF). The generated files are checked in: the tests need
# neither program.
set -euo pipefail
cd "$(dirname "$0")"
html="readme-library article-review article-news meeting-security changelog-lib article-museum"
pdf="license-cc-by article-tech meeting-parents changelog-api"
docx="readme-compiler license-zlib article-garden meeting-kickoff changelog-os"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in $html; do
  pandoc --standalone --metadata pagetitle="$n" -f markdown -t html5 "src/$n.md" -o "$n.html"
done
for n in $pdf; do
  pandoc --standalone --metadata pagetitle="$n" -f markdown -t html5 "src/$n.md" -o "$tmp/$n.html"
  chromium --headless --disable-gpu --no-sandbox --no-pdf-header-footer \
    --print-to-pdf="$n.pdf" "file://$tmp/$n.html" 2>/dev/null
done
for n in $docx; do
  pandoc -f markdown -t docx "src/$n.md" -o "$n.docx"
done
