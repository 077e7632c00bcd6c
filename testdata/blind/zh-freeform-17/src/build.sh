#!/bin/sh
# Rebuilds every résumé file of zh-freeform-17 from src/ and copies the truths beside them.
# Removes only the files it builds (and their .truth.json); never README.md or split.json.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
L="$SRC/lists"
TMP=$(mktemp -d /tmp/zh17-build.XXXXXX)
PROFILE="file://$TMP/lo-profile"
trap 'rm -rf "$TMP"' EXIT
cd "$OUT"

soffice_conv() { # $1 = target spec, $2 = input, $3 = extra args (infilter)
  if [ -n "${3:-}" ]; then
    soffice -env:UserInstallation="$PROFILE" --headless --infilter="$3" --convert-to "$1" --outdir "$TMP/lo" "$2" >/dev/null 2>&1
  else
    soffice -env:UserInstallation="$PROFILE" --headless --convert-to "$1" --outdir "$TMP/lo" "$2" >/dev/null 2>&1
  fi
}
chrome_pdf() { # $1 = html, $2 = pdf
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMP/chrome" \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}

# 1. output names
NAMES=""
for f in $(cat "$L/copy.txt"); do NAMES="$NAMES $(basename "$f")"; done
for n in $(cat "$L/docx-from-py.txt" "$L/docx-from-txt.txt" "$L/docx-from-html.txt" "$L/docx-from-md.txt"); do NAMES="$NAMES $n.docx"; done
for n in $(cat "$L/pdf-from-docx.txt" "$L/pdf-from-txt.txt" "$L/pdf-from-html.txt" "$L/pdf-from-md-chromium.txt" "$L/pdf-from-md-xelatex.txt" "$L/pdf-from-tex.txt"); do NAMES="$NAMES $n.pdf"; done
for n in $(cat "$L/txt-from-docx.txt" "$L/txt-from-pdf.txt"); do NAMES="$NAMES $n.txt"; done
for n in $(cat "$L/html-from-md.txt"); do NAMES="$NAMES $n.html"; done

# 2. remove only those files and their truths
for f in $NAMES; do rm -f "$OUT/$f" "$OUT/$f.truth.json"; done
mkdir -p "$TMP/lo"

# 3. hand-typed files
for f in $(cat "$L/copy.txt"); do cp "$SRC/${f#src/}" "$OUT/"; done

# 4. python-docx
for n in $(cat "$L/docx-from-py.txt"); do (cd "$SRC/docx" && /usr/bin/python3 "$n.py" "$OUT/$n.docx"); done

# 5. LibreOffice: docx -> pdf, docx -> txt, txt -> pdf, txt -> docx, html -> docx
for n in $(cat "$L/pdf-from-docx.txt"); do soffice_conv pdf "$OUT/$n.docx"; mv "$TMP/lo/$n.pdf" "$OUT/"; done
for n in $(cat "$L/txt-from-docx.txt"); do soffice_conv "txt:Text (encoded):UTF8" "$OUT/$n.docx"; mv "$TMP/lo/$n.txt" "$OUT/"; done
for n in $(cat "$L/pdf-from-txt.txt"); do
  cp "$SRC/txt/$n.txt" "$TMP/$n.txt"
  soffice_conv pdf "$TMP/$n.txt" "Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN"; mv "$TMP/lo/$n.pdf" "$OUT/"; done
for n in $(cat "$L/docx-from-txt.txt"); do
  cp "$SRC/txt/$n.txt" "$TMP/$n.txt"
  soffice_conv "docx:MS Word 2007 XML" "$TMP/$n.txt" "Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN"; mv "$TMP/lo/$n.docx" "$OUT/"; done
for n in $(cat "$L/docx-from-html.txt"); do
  soffice_conv "docx:MS Word 2007 XML" "$SRC/html/$n.html" "HTML (StarWriter)"; mv "$TMP/lo/$n.docx" "$OUT/"; done

# 6. pandoc
for n in $(cat "$L/html-from-md.txt"); do
  pandoc -f markdown -t html -s -H "$SRC/md-head.html" --metadata pagetitle=个人简历 -o "$OUT/$n.html" "$SRC/md/$n.md"; done
for n in $(cat "$L/docx-from-md.txt"); do pandoc -f gfm -t docx -o "$OUT/$n.docx" "$SRC/md/$n.md"; done
for n in $(cat "$L/pdf-from-md-xelatex.txt"); do
  pandoc -f markdown -t pdf --pdf-engine=xelatex -o "$OUT/$n.pdf" "$SRC/md/$n.md"; done

# 7. Chromium
for n in $(cat "$L/pdf-from-html.txt"); do chrome_pdf "$SRC/html/$n.html" "$OUT/$n.pdf"; done
for n in $(cat "$L/pdf-from-md-chromium.txt"); do
  pandoc -f gfm -t html -s -H "$SRC/md-head.html" --metadata pagetitle=简历 -o "$TMP/$n.html" "$SRC/md/$n.md"
  chrome_pdf "$TMP/$n.html" "$OUT/$n.pdf"; done

# 8. XeLaTeX (twice), then pdftotext
for n in $(cat "$L/pdf-from-tex.txt"); do
  mkdir -p "$TMP/tex"; cp "$SRC/tex/$n.tex" "$TMP/tex/"
  (cd "$TMP/tex" && xelatex -interaction=nonstopmode "$n.tex" >/dev/null && xelatex -interaction=nonstopmode "$n.tex" >/dev/null)
  cp "$TMP/tex/$n.pdf" "$OUT/"; done
for n in $(cat "$L/txt-from-pdf.txt"); do pdftotext -enc UTF-8 "$OUT/$n.pdf" "$OUT/$n.txt"; done

# 9. truths: src/truth/NAME.EXT.json wins over src/truth/NAME.json
for f in $NAMES; do
  n=${f%.*}
  if [ -f "$SRC/truth/$f.json" ]; then cp "$SRC/truth/$f.json" "$OUT/$f.truth.json"
  else cp "$SRC/truth/$n.json" "$OUT/$f.truth.json"; fi
done

# 10. split
/usr/bin/python3 "$SRC/split.py" "$OUT"
echo "built $(echo $NAMES | wc -w) files"
