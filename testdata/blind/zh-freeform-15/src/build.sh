#!/bin/sh
# Rebuild every résumé file of this set from src/, copy the truths beside them and
# rewrite split.json. Run from anywhere: sh src/build.sh
# It removes only the files it is about to build (names taken from src/lists/*.txt);
# README.md, split.json and src/ are never touched by the cleanup.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
L=$SRC/lists
cd "$SET"

TMP=$(mktemp -d /tmp/zh15-build.XXXXXX)
LOPROF="file://$TMP/lo-profile"
soffice_conv() { # soffice_conv OUTDIR FILTER INFILE [INFILTER]
  if [ $# -ge 4 ]; then
    soffice --headless -env:UserInstallation="$LOPROF" --infilter="$4" --convert-to "$2" --outdir "$1" "$3" >/dev/null 2>&1
  else
    soffice --headless -env:UserInstallation="$LOPROF" --convert-to "$2" --outdir "$1" "$3" >/dev/null 2>&1
  fi
}
chromium_pdf() { # chromium_pdf IN.html OUT.pdf  (IN is a temp copy; a print-only rule
  # *{font-synthesis:none} is put before </head> so that Droid Sans Fallback is not faux-bolded
  # into Type 3 fonts -- keeps the PDFs small; the set's own .html files are not changed)
  sed -i 's#</head>#<style>*{font-synthesis:none}</style></head>#' "$1"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$TMP/chromium" --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}

# 0. list of outputs, then remove exactly those (never README.md / split.json)
OUTS=""
for f in $(cat "$L/copy.txt"); do OUTS="$OUTS $(basename "$f")"; done
for n in $(cat "$L/docx-from-py.txt" "$L/docx-from-md.txt" "$L/docx-from-html.txt"); do OUTS="$OUTS $n.docx"; done
for n in $(cat "$L/pdf-from-docx.txt" "$L/pdf-from-tex.txt" "$L/pdf-from-md-chromium.txt" "$L/pdf-from-md-xelatex.txt" "$L/pdf-from-html.txt" "$L/pdf-from-txt.txt"); do OUTS="$OUTS $n.pdf"; done
for n in $(cat "$L/txt-from-docx.txt" "$L/txt-from-pdf.txt"); do OUTS="$OUTS $n.txt"; done
for n in $(cat "$L/html-from-md.txt"); do OUTS="$OUTS $n.html"; done
for o in $OUTS; do
  case "$o" in README.md|split.json) echo "refusing to touch $o" >&2; exit 1;; esac
  rm -f "./$o" "./$o.truth.json"
done

# 1. hand-typed files, copied as they are
for f in $(cat "$L/copy.txt"); do cp "$SRC/../$f" .; done

# 2. python-docx scripts
for n in $(cat "$L/docx-from-py.txt"); do
  (cd "$SRC/docx" && /usr/bin/python3 "$n.py" "$SET/$n.docx")
done

# 3. pandoc Markdown -> docx
for n in $(cat "$L/docx-from-md.txt"); do
  pandoc -f gfm -t docx "$SRC/md/$n.md" -o "$n.docx"
done

# 4. LibreOffice Writer: hand-written HTML -> docx
for n in $(cat "$L/docx-from-html.txt"); do
  soffice_conv "$TMP" "docx:MS Word 2007 XML" "$SRC/html/$n.html" "HTML (StarWriter)"
  mv "$TMP/$n.docx" .
done

# 5. LibreOffice Writer: docx -> pdf
for n in $(cat "$L/pdf-from-docx.txt"); do
  soffice_conv "$TMP" pdf "$SET/$n.docx"
  mv "$TMP/$n.pdf" .
done

# 6. LibreOffice Writer: docx -> UTF-8 text
for n in $(cat "$L/txt-from-docx.txt"); do
  soffice_conv "$TMP" "txt:Text (encoded):UTF8" "$SET/$n.docx"
  mv "$TMP/$n.txt" .
done

# 7. LibreOffice Writer: hand-typed text -> pdf (opened as UTF-8 text, Noto Sans CJK SC)
for n in $(cat "$L/pdf-from-txt.txt"); do
  soffice_conv "$TMP" pdf "$SRC/txt/$n.txt" "Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN"
  mv "$TMP/$n.pdf" .
done

# 8. XeLaTeX (ctexart, Noto CJK)
for n in $(cat "$L/pdf-from-tex.txt"); do
  (cd "$SRC/tex" && xelatex -interaction=nonstopmode -output-directory="$TMP" "$n.tex" >/dev/null)
  mv "$TMP/$n.pdf" .
done

# 9. pdftotext -raw of a PDF
for n in $(cat "$L/txt-from-pdf.txt"); do
  pdftotext -raw -enc UTF-8 "$n.pdf" "$n.txt"
done

# 10. pandoc Markdown -> standalone HTML
for n in $(cat "$L/html-from-md.txt"); do
  pandoc -f gfm -t html -s -H "$SRC/md-head.html" --metadata pagetitle="个人简历" "$SRC/md/$n.md" -o "$n.html"
done

# 11. pandoc Markdown -> HTML -> headless Chromium PDF
for n in $(cat "$L/pdf-from-md-chromium.txt"); do
  pandoc -f gfm -t html -s -H "$SRC/md-head.html" --metadata pagetitle="个人简历" "$SRC/md/$n.md" -o "$TMP/$n.html"
  chromium_pdf "$TMP/$n.html" "$SET/$n.pdf"
done

# 12. pandoc Markdown (YAML front matter) -> XeLaTeX PDF
for n in $(cat "$L/pdf-from-md-xelatex.txt"); do
  pandoc "$SRC/md/$n.md" --pdf-engine=xelatex -o "$n.pdf"
done

# 13. headless Chromium print of hand-written HTML
for n in $(cat "$L/pdf-from-html.txt"); do
  cp "$SRC/html/$n.html" "$TMP/$n.html"
  chromium_pdf "$TMP/$n.html" "$SET/$n.pdf"
done

# 14. truths beside the files: src/truth/NAME.EXT.json wins over src/truth/NAME.json
for o in $OUTS; do
  n=${o%.*}
  if [ -f "$SRC/truth/$o.json" ]; then cp "$SRC/truth/$o.json" "$o.truth.json"
  else cp "$SRC/truth/$n.json" "$o.truth.json"; fi
done

# 15. split
/usr/bin/python3 "$SRC/split.py"

rm -rf "$TMP"
echo "built $(echo $OUTS | wc -w) files"
