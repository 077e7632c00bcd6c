#!/bin/sh
# Rebuilds every file of zh-freeform-5 from src/.  Usage: sh src/build.sh
# Needs: pandoc, chromium, soffice (LibreOffice), xelatex (texlive-xetex + texlive-lang-chinese),
# pdftotext (poppler-utils), /usr/bin/python3 with python3-docx and python3-jsonschema.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC"); B="$SRC/build"
mkdir -p "$B"; cd "$OUT"
LO="-env:UserInstallation=file:///tmp/lo-profile-zf5-$$"
pdf_of_html() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1; }

# 1. hand-typed sources shipped as they are
for f in $(cat "$SRC/sources.txt"); do cp "$SRC/$f" "$OUT/$f"; done

# 2. Markdown -> pandoc HTML -> Chromium PDF (a Typora / VS Code "export PDF")
for n in $(cat "$SRC/pdf-from-md.txt"); do
  pandoc -f gfm -t html5 -s --metadata pagetitle="$n" -H "$SRC/md-head.html" "$SRC/$n.md" -o "$B/$n.md.html"
  pdf_of_html "$B/$n.md.html" "$OUT/$n.pdf"
done
# 3. hand-written HTML -> Chromium PDF (browser "print to PDF")
for n in $(cat "$SRC/pdf-from-html.txt"); do pdf_of_html "$SRC/$n.html" "$OUT/$n.pdf"; done
# 4. python-docx scripts -> DOCX
for n in $(cat "$SRC/docx-from-py.txt"); do /usr/bin/python3 "$SRC/$n.docx.py" "$OUT/$n.docx"; done
# 5. WPS-like HTML -> DOCX with LibreOffice (the way a web/WPS page is saved as Word)
for n in $(cat "$SRC/docx-from-html.txt"); do
  cp "$SRC/$n.src.html" "$B/$n.html"
  soffice $LO --headless --convert-to "docx:MS Word 2007 XML" --outdir "$OUT" "$B/$n.html" >/dev/null 2>&1
done
# 6. DOCX -> PDF with LibreOffice (Word/WPS "save as PDF")
for n in $(cat "$SRC/pdf-from-docx.txt"); do soffice $LO --headless --convert-to pdf --outdir "$OUT" "$OUT/$n.docx" >/dev/null 2>&1; done
# 7. XeLaTeX (ctexart) -> PDF
for n in $(cat "$SRC/pdf-from-tex.txt"); do
  (cd "$B" && cp "$SRC/$n.tex" . && xelatex -interaction=nonstopmode "$n.tex" >/dev/null 2>&1 && xelatex -interaction=nonstopmode "$n.tex" >/dev/null 2>&1; cp "$n.pdf" "$OUT/")
done
# 8. PDF -> TXT (what a job site keeps of an uploaded PDF)
for n in $(cat "$SRC/txt-from-pdf.txt"); do pdftotext -layout -enc UTF-8 "$OUT/$n.pdf" "$OUT/$n.txt"; done
rm -rf "/tmp/lo-profile-zf5-$$"
# 9. truths beside each file, then split
/usr/bin/python3 "$SRC/derive.py"
/usr/bin/python3 "$SRC/split.py"
echo built
