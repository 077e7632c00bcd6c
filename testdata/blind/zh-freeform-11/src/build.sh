#!/bin/sh
# Rebuild every file of zh-freeform-11 from src/, then the truths beside them and split.json.
#
#   sh src/build.sh            (from the set folder or from anywhere)
#
# Needs: /usr/bin/python3 with python3-docx, pandoc, chromium, soffice (LibreOffice Writer),
# xelatex (texlive-xetex, texlive-lang-chinese / ctex, xeCJK, hyphenat, titlesec, enumitem),
# TeX Gyre Pagella, fonts-noto-cjk, fonts-arphic-*, poppler-utils (pdftotext).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
B=$(mktemp -d /tmp/zh11-build.XXXXXX)
LO="$B/lo-profile"
export FONTCONFIG_FILE="$SRC/fonts.conf"
export PYTHONDONTWRITEBYTECODE=1
trap 'rm -rf "$B"' EXIT

lines() { grep -v '^[[:space:]]*$' "$SRC/$1" | grep -v '^#'; }

soffice_to() {  # soffice_to FILTER INPUT OUTDIR
  soffice -env:UserInstallation="file://$LO" --headless --convert-to "$1" --outdir "$3" "$2" >/dev/null 2>&1
}

chromium_pdf() {  # chromium_pdf IN.html OUT.pdf
  env -u FONTCONFIG_FILE chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}

# 1. hand-typed sources (.txt, .md, .html) are files of the set themselves
for f in $(lines sources.txt); do
  cp "$SRC/$f" "$SET/$(basename "$f")"
done

# 2. python-docx scripts -> .docx
for n in $(lines docx-from-py.txt); do
  (cd "$SRC/docx" && /usr/bin/python3 "$n.py" "$SET/$n.docx")
done

# 3. pandoc: Markdown -> .docx (the person's own "pandoc resume.md -o resume.docx")
for n in $(lines docx-from-md.txt); do
  pandoc -f markdown -t docx -o "$SET/$n.docx" "$SRC/md/$n.md"
done

# 4. pandoc: Markdown -> standalone .html (GFM with footnotes, as written)
for n in $(lines html-from-md.txt); do
  pandoc -f gfm+footnotes -t html5 -s --metadata pagetitle="$n" -H "$SRC/md-head.html" \
    -o "$SET/$n.html" "$SRC/md/$n.md"
done

# 5. Excel sheet saved as tab-delimited text (GBK, CRLF)
for n in $(lines txt-from-sheet.txt); do
  /usr/bin/python3 "$SRC/txt/$n.sheet.py" "$SET/$n.txt"
done

# 6. DOCX -> PDF with LibreOffice (Word / WPS "save as PDF")
for n in $(lines pdf-from-docx.txt); do
  soffice_to pdf "$SET/$n.docx" "$B"
  mv "$B/$n.pdf" "$SET/$n.pdf"
done

# 7. DOCX -> plain text with LibreOffice ("save as plain text", UTF-8 with BOM)
for n in $(lines txt-from-docx.txt); do
  soffice_to "txt:Text (encoded):UTF8" "$SET/$n.docx" "$B"
  mv "$B/$n.txt" "$SET/$n.txt"
done

# 8. HTML -> PDF with headless Chromium (the page printed from the browser)
for n in $(lines pdf-from-html.txt); do
  cp "$SRC/html/$n.html" "$B/$n.html"
  chromium_pdf "$B/$n.html" "$SET/$n.pdf"
done

# 9. Markdown -> pandoc HTML -> Chromium PDF (a Typora / VS Code export)
for n in $(lines pdf-from-md.txt); do
  pandoc -f gfm -t html5 -s --metadata pagetitle="$n" -H "$SRC/md-head.html" \
    -o "$B/$n.md.html" "$SRC/md/$n.md"
  chromium_pdf "$B/$n.md.html" "$SET/$n.pdf"
done

# 10. XeLaTeX (two runs)
for n in $(lines pdf-from-tex.txt); do
  cp "$SRC/tex/$n.tex" "$B/"
  (cd "$B" && xelatex -interaction=nonstopmode "$n.tex" >/dev/null 2>&1 || true
   xelatex -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null 2>&1)
  mv "$B/$n.pdf" "$SET/$n.pdf"
done

# 11. PDF -> text (what a job site keeps of an uploaded PDF)
for n in $(lines txt-from-pdf.txt); do
  pdftotext -layout -enc UTF-8 "$SET/$n.pdf" "$SET/$n.txt"
done

# 12. truths beside the files, then the split
/usr/bin/python3 "$SRC/derive.py"
/usr/bin/python3 "$SRC/split.py"
echo "built: $(ls "$SET" | grep -v -e '\.truth\.json$' -e '^src$' -e '^README.md$' -e '^split.json$' | wc -l) files"
