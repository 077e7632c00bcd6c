#!/bin/sh
# Rebuild every file of zh-freeform-8 from src/. Run from anywhere: sh src/build.sh
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
B="$SRC/build"
rm -rf "$B"; mkdir -p "$B"
LO="-env:UserInstallation=file:///tmp/lo-profile-$$"
chrome_pdf() { # $1 html file, $2 pdf out
  chromium --headless=new --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$B/chrome" --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}
inlist() { grep -qx "$1" "$SRC/$2" 2>/dev/null; }

# hand-typed sources copied as they are
for f in "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html; do cp "$f" "$OUT/"; done

# Markdown -> pandoc HTML -> Chromium PDF (a Typora / VS Code style export)
for f in "$SRC"/md/*.md; do
  n=$(basename "$f" .md)
  if inlist "$n" pdf-from-md.txt; then
    pandoc -f markdown+hard_line_breaks-implicit_figures -t html5 -s --metadata pagetitle="$n" \
      -H "$SRC/md-head.html" "$f" -o "$B/$n.html"
    chrome_pdf "$B/$n.html" "$OUT/$n.pdf"
  fi
done

# hand-written HTML -> Chromium PDF
for f in "$SRC"/html/*.html; do
  n=$(basename "$f" .html)
  if inlist "$n" pdf-from-html.txt; then chrome_pdf "$f" "$OUT/$n.pdf"; fi
done

# HTML laid out like a Typst export: only the PDF is shipped
for f in "$SRC"/pdfonly/*.html; do chrome_pdf "$f" "$OUT/$(basename "$f" .html).pdf"; done

# python-docx scripts -> DOCX (-> LibreOffice PDF)
for f in "$SRC"/docx/*.docx.py; do
  n=$(basename "$f" .docx.py)
  (cd "$SRC" && PYTHONPATH="$SRC" /usr/bin/python3 "$f" "$OUT/$n.docx")
  if inlist "$n" pdf-from-docx.txt; then
    soffice $LO --headless --convert-to pdf --outdir "$B" "$OUT/$n.docx" >/dev/null 2>&1
    cp "$B/$n.pdf" "$OUT/$n.pdf"
  fi
done
rm -rf "/tmp/lo-profile-$$"

# XeLaTeX (ctexart / xeCJK)
for f in "$SRC"/tex/*.tex; do
  n=$(basename "$f" .tex)
  (cd "$B" && xelatex -interaction=nonstopmode -halt-on-error "$f" >/dev/null && xelatex -interaction=nonstopmode "$f" >/dev/null)
  cp "$B/$n.pdf" "$OUT/$n.pdf"
  if inlist "$n" ship-tex.txt; then cp "$f" "$OUT/$n.tex"; fi
done

# PDF -> text as a job site keeps it
while read -r n; do [ -n "$n" ] && pdftotext -layout "$OUT/$n.pdf" "$OUT/$n.txt"; done < "$SRC/txt-from-pdf.txt"

# truths: src/truth/FILE.json if a file needs its own, else the person's src/truth/NAME.json
rm -f "$OUT"/*.truth.json
for f in "$OUT"/*.md "$OUT"/*.txt "$OUT"/*.html "$OUT"/*.pdf "$OUT"/*.docx "$OUT"/*.tex; do
  [ -e "$f" ] || continue
  b=$(basename "$f"); case "$b" in README.md) continue;; esac
  n=${b%.*}
  if [ -e "$SRC/truth/$b.json" ]; then cp "$SRC/truth/$b.json" "$f.truth.json"; else cp "$SRC/truth/$n.json" "$f.truth.json"; fi
done
rm -rf "$B"
/usr/bin/python3 "$SRC/split.py"
echo built
