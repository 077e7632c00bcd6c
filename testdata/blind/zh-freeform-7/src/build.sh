#!/bin/sh
# Rebuild every file of zh-freeform-7 from the sources in src/.
# Needs: /usr/bin/python3 with python3-docx, pandoc, chromium, soffice (LibreOffice Writer),
#        xelatex (texlive-xetex, texlive-lang-chinese, texlive-latex-extra), poppler-utils,
#        fonts-droid-fallback.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
B="$SRC/build"
rm -rf "$B"; mkdir -p "$B"
PROFILE="/tmp/lo-profile-$$"

# 1. hand-typed sources are files of the set as they are
for f in "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html; do
  [ -e "$f" ] && cp "$f" "$OUT/"
done
for n in $(cat "$SRC/tex-shipped.txt"); do cp "$SRC/tex/$n.tex" "$OUT/"; done

# 2. python-docx scripts -> .docx
for py in $(ls "$SRC"/docx/*.docx.py 2>/dev/null); do
  n=$(basename "$py" .docx.py)
  /usr/bin/python3 "$py" "$OUT/$n.docx"
done

# 3. DOCX -> PDF with LibreOffice (Word/WPS "save as PDF")
for n in $(cat "$SRC/pdf-from-docx.txt"); do
  soffice -env:UserInstallation=file://$PROFILE --headless --convert-to pdf \
    --outdir "$B" "$OUT/$n.docx" >/dev/null 2>&1
  mv "$B/$n.pdf" "$OUT/$n.pdf"
done
rm -rf "$PROFILE"

chrome_pdf () {  # $1 html file, $2 pdf out
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}

# 4. hand-written HTML -> PDF with headless Chromium ("打印 / 另存为 PDF")
for n in $(cat "$SRC/pdf-from-html.txt"); do
  chrome_pdf "$SRC/html/$n.html" "$OUT/$n.pdf"
done

# 5. Markdown -> pandoc HTML -> Chromium PDF (Typora / 语雀 / VS Code "export PDF")
while read n fmt; do
  [ -n "$n" ] || continue
  # 语雀-style anchor lines and ::: callout fences get blank lines around them, as the
  # editor renders them as blocks of their own
  awk '/^<a name=.*><\/a>$/ || /^:::/ {print ""; print; print ""; next} {print}' \
    "$SRC/md/$n.md" > "$B/$n.md"
  pandoc -f "$fmt" -t html5 --standalone --metadata pagetitle="$n" \
    -H "$SRC/md-head.html" "$B/$n.md" -o "$B/$n.html"
  chrome_pdf "$B/$n.html" "$OUT/$n.pdf"
done < "$SRC/pdf-from-md.txt"

# 6. XeLaTeX -> PDF (twice)
for n in $(cat "$SRC/pdf-from-tex.txt"); do
  (cd "$B" && cp "$SRC/tex/$n.tex" . && xelatex -interaction=batchmode "$n.tex" >/dev/null \
     && xelatex -interaction=batchmode "$n.tex" >/dev/null) || { echo "xelatex failed: $n"; exit 1; }
  cp "$B/$n.pdf" "$OUT/$n.pdf"
done

# 7. truths beside the files, split
/usr/bin/python3 "$SRC/derive.py"
/usr/bin/python3 "$SRC/split.py"
rm -rf "$B"
echo "built: $(ls "$OUT" | grep -v truth.json | grep -vE '^(src|README.md|split.json)$' | wc -l) files"
