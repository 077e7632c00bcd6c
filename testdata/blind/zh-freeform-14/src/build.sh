#!/bin/sh
# Rebuild every file of zh-freeform-14 from src/, then copy the truths beside them and rewrite split.json.
# Needs: /usr/bin/python3 + python3-docx, pandoc, chromium, soffice, xelatex (ctex, Noto CJK), pdftotext.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d /tmp/zhff14.XXXXXX)
LO="-env:UserInstallation=file://$TMP/lo-profile"
cd "$OUT"
# remove the built files; README.md (the set's description, not built) is kept
for f in ./*.md ./*.txt ./*.html ./*.docx ./*.pdf ./*.truth.json; do
  case "$f" in ./README.md) continue ;; esac
  rm -f "$f"
done

# 1. hand-typed sources, copied as they are
while read -r f; do cp "$SRC/$f" "$OUT/$(basename "$f")"; done < "$SRC/lists/copy.txt"

# 2. python-docx scripts
while read -r n; do (cd "$SRC/docx" && /usr/bin/python3 "$n.py" "$OUT/$n.docx"); done < "$SRC/lists/docx-from-py.txt"

# 3. DOCX -> PDF (LibreOffice, like Word/WPS "save as PDF")
while read -r n; do soffice $LO --headless --convert-to pdf --outdir "$TMP" "$OUT/$n.docx" >/dev/null 2>&1; mv "$TMP/$n.pdf" "$OUT/"; done < "$SRC/lists/pdf-from-docx.txt"

# 4. DOCX -> TXT (LibreOffice "save as text", UTF-8)
while read -r n; do soffice $LO --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP" "$OUT/$n.docx" >/dev/null 2>&1; mv "$TMP/$n.txt" "$OUT/"; done < "$SRC/lists/txt-from-docx.txt"

# 5. TXT -> DOCX (a Notepad text opened in LibreOffice Writer and saved as Word)
while read -r n; do soffice $LO --headless --infilter="Text (encoded):UTF8,,微软雅黑,zh-CN" --convert-to docx:"MS Word 2007 XML" --outdir "$TMP" "$OUT/$n.txt" >/dev/null 2>&1; mv "$TMP/$n.docx" "$OUT/"; done < "$SRC/lists/docx-from-txt.txt"

# 6. hand-written HTML -> PDF (headless Chromium "print to PDF")
pdf_of_html() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1; }
while read -r n; do pdf_of_html "$SRC/html/$n.html" "$OUT/$n.pdf"; done < "$SRC/lists/pdf-from-html.txt"

# 7. Markdown -> pandoc HTML -> Chromium PDF (a Typora / VS Code export)
while read -r n; do
  pandoc -f gfm -t html -s --metadata pagetitle="$n" -H "$SRC/md-head.html" "$SRC/md/$n.md" -o "$TMP/$n.html"
  pdf_of_html "$TMP/$n.html" "$OUT/$n.pdf"
done < "$SRC/lists/pdf-from-md-chromium.txt"

# 8. Markdown -> standalone HTML (pandoc; Logseq outline / GFM tables)
while read -r n; do
  pandoc -f markdown -t html -s --metadata pagetitle="$n" -H "$SRC/md-head.html" "$SRC/md/$n.md" -o "$OUT/$n.html"
done < "$SRC/lists/html-from-md.txt"

# 9. Markdown -> PDF with pandoc + XeLaTeX (ctexart, settings in the front matter)
while read -r n; do (cd "$TMP" && pandoc -f markdown "$SRC/md/$n.md" --pdf-engine=xelatex -o "$OUT/$n.pdf"); done < "$SRC/lists/pdf-from-md-xelatex.txt"

# 10. hand-written LaTeX -> PDF (XeLaTeX, ctexart)
while read -r n; do (cd "$TMP" && xelatex -interaction=nonstopmode "$SRC/tex/$n.tex" >/dev/null && mv "$n.pdf" "$OUT/"); done < "$SRC/lists/pdf-from-tex.txt"

# 11. PDF -> TXT (pdftotext -layout: the text a job site keeps of an uploaded PDF)
while read -r n; do pdftotext -layout "$OUT/$n.pdf" "$OUT/$n.txt"; done < "$SRC/lists/txt-from-pdf.txt"

# 12. truths beside the files (src/truth/NAME.EXT.json wins over src/truth/NAME.json), split
for f in "$OUT"/*.md "$OUT"/*.txt "$OUT"/*.html "$OUT"/*.docx "$OUT"/*.pdf; do
  b=$(basename "$f"); n=${b%.*}
  [ "$b" = README.md ] && continue
  if [ -f "$SRC/truth/$b.json" ]; then cp "$SRC/truth/$b.json" "$f.truth.json"; else cp "$SRC/truth/$n.json" "$f.truth.json"; fi
done
/usr/bin/python3 "$SRC/split.py"
rm -rf "$TMP"
ls "$OUT" | grep -v truth | grep -vx src | grep -vx README.md | wc -l
