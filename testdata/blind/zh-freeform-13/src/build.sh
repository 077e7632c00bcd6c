#!/bin/sh
# Rebuild every file of zh-freeform-13 from src/, then the truths beside the files and split.json.
# Needs: /usr/bin/python3 with python3-docx, pandoc, chromium, soffice (LibreOffice Writer + Calc),
# xelatex (xeCJK, TeX Gyre), poppler-utils, fonts-noto-cjk, fonts-droid-fallback.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$HERE")
cd "$SET"
TMP=$(mktemp -d /tmp/zh13-build.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
LO="soffice -env:UserInstallation=file://$TMP/lo-profile --headless"
export FONTCONFIG_FILE_LO="$HERE/fonts.conf"

names() { grep -v '^#' "$HERE/$1" | grep -v '^[[:space:]]*$'; }
lo() { FONTCONFIG_FILE="$FONTCONFIG_FILE_LO" $LO "$@" >/dev/null 2>&1; }

# 1. hand-typed sources
for f in $(names sources.txt); do cp "$HERE/$f" "$SET/$(basename "$f")"; done

# 2. python-docx
for n in $(names docx-from-py.txt); do
  PYTHONPATH="$HERE/docx" /usr/bin/python3 "$HERE/docx/$n.py" "$SET/$n.docx"
done

# 3. LibreOffice Writer conversions of DOCX
for n in $(names pdf-from-docx.txt); do lo --convert-to pdf --outdir "$TMP" "$SET/$n.docx"; mv "$TMP/$n.pdf" "$SET/"; done
for n in $(names html-from-docx.txt); do lo --convert-to html --outdir "$TMP" "$SET/$n.docx"; mv "$TMP/$n.html" "$SET/"; done
for n in $(names txt-from-docx.txt); do
  lo --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP" "$SET/$n.docx"; mv "$TMP/$n.txt" "$SET/"
done

# 4. spreadsheet résumé: flat ODS -> Calc PDF and Calc HTML
for n in $(names from-sheet.txt); do
  /usr/bin/python3 "$HERE/calc/$n.sheet.py" "$TMP/$n.fods"
  lo --convert-to pdf --outdir "$TMP" "$TMP/$n.fods"; mv "$TMP/$n.pdf" "$SET/"
  lo --convert-to html --outdir "$TMP" "$TMP/$n.fods"; mv "$TMP/$n.html" "$SET/"
done

# 5. Markdown -> PDF through pandoc's LaTeX template and xelatex
for n in $(names pdf-from-md-xelatex.txt); do
  (cd "$TMP" && pandoc -f gfm "$HERE/md/$n.md" -o "$TMP/$n.pdf" --pdf-engine=xelatex \
     -V CJKmainfont="Noto Serif CJK SC" -V CJKoptions="BoldFont=Noto Sans CJK SC" \
     -V geometry:a4paper,margin=2cm -V fontsize=10pt -V pagestyle=empty)
  mv "$TMP/$n.pdf" "$SET/"
done

# 6. Markdown -> standalone HTML (pandoc) and the HackMD published view
for n in $(names html-from-md.txt); do
  pandoc -f gfm -s -H "$HERE/md-head.html" --metadata pagetitle="晏若琪简历" "$HERE/md/$n.md" -o "$SET/$n.html"
done
for n in $(names html-from-hackmd.txt); do /usr/bin/python3 "$HERE/html/hackmd_publish.py" "$HERE/md/$n.md" "$SET/$n.html"; done

# 7. HTML -> PDF with headless Chromium
for n in $(names pdf-from-html.txt); do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMP/chrome" \
    --print-to-pdf="$SET/$n.pdf" "file://$HERE/html/$n.html" >/dev/null 2>&1
done

# 8. XeLaTeX
for n in $(names pdf-from-tex.txt); do
  cp "$HERE/tex/$n.tex" "$TMP/"
  (cd "$TMP" && xelatex -interaction=nonstopmode -halt-on-error "$n.tex" >/dev/null)
  mv "$TMP/$n.pdf" "$SET/"
done

# 9. Markdown -> DOCX with pandoc
for n in $(names docx-from-md.txt); do pandoc -f gfm -t docx "$HERE/md/$n.md" -o "$SET/$n.docx"; done

# 10. PDF -> text
names txt-from-pdf.txt | while read -r n mode; do
  case "$mode" in
    layout) pdftotext -layout -enc UTF-8 "$SET/$n.pdf" "$SET/$n.txt" ;;
    raw) pdftotext -raw -enc UTF-8 "$SET/$n.pdf" "$SET/$n.txt" ;;
    *) pdftotext -enc UTF-8 "$SET/$n.pdf" "$SET/$n.txt" ;;
  esac
done

# 11. truths beside the files, and the split
/usr/bin/python3 "$HERE/derive.py"
/usr/bin/python3 "$HERE/split.py"
echo "built $(ls "$SET" | grep -v -e '\.truth\.json$' -e '^src$' -e '^README.md$' -e '^split.json$' | wc -l) files"
