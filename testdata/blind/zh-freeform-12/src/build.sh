#!/bin/sh
# Rebuild every file of zh-freeform-12 from src/, then the truths beside them and split.json.
# Needs: /usr/bin/python3 + python3-docx, pandoc, chromium, soffice (LibreOffice Writer), pdftotext,
# fonts-noto-cjk, fonts-droid-fallback, fonts-arphic-ukai (for 標楷體). Run from anywhere: sh src/build.sh
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
TMP=$(mktemp -d /tmp/zf12-build.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export FONTCONFIG_FILE="$SRC/fonts.conf"
LO="soffice -env:UserInstallation=file://$TMP/lo-profile --headless"
names() { grep -v '^#' "$SRC/$1" | grep -v '^$'; }
chrome_pdf() { env -u FONTCONFIG_FILE chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1; }

# 1. hand-typed sources
for f in $(names sources.txt); do cp "$SRC/$f" "$OUT/$(basename "$f")"; done
# 2. python-docx
for n in $(names docx-from-py.txt); do /usr/bin/python3 "$SRC/docx/$n.py" "$OUT/$n.docx"; done
# 3. pandoc
for n in $(names docx-from-org.txt); do pandoc -f org -t docx -o "$OUT/$n.docx" "$SRC/txt/$n.txt"; done
for n in $(names docx-from-md.txt); do pandoc -f gfm -t docx -o "$OUT/$n.docx" "$SRC/md/$n.md"; done
for n in $(names html-from-md.txt); do
  pandoc -f gfm -s --metadata pagetitle="$n" -H "$SRC/md-head.html" -o "$OUT/$n.html" "$SRC/md/$n.md"; done
for n in $(names txt-from-md.txt); do pandoc -f gfm -t plain --wrap=none -o "$OUT/$n.txt" "$SRC/md/$n.md"; done
for n in $(names pdf-from-md.txt); do
  pandoc -f gfm -s --metadata pagetitle="$n" -H "$SRC/md-head.html" -o "$TMP/$n.html" "$SRC/md/$n.md"
  chrome_pdf "$TMP/$n.html" "$OUT/$n.pdf"; done
# 4. Chromium
for n in $(names pdf-from-html.txt); do chrome_pdf "$SRC/html/$n.html" "$OUT/$n.pdf"; done
# 5. LibreOffice
for n in $(names docx-from-txt.txt); do
  cp "$SRC/txt/$n.txt" "$TMP/$n.txt"
  $LO --infilter="Text (encoded):UTF8" --convert-to 'docx:MS Word 2007 XML' --outdir "$TMP/d" "$TMP/$n.txt" >/dev/null 2>&1
  cp "$TMP/d/$n.docx" "$OUT/$n.docx"; done
for n in $(names pdf-from-txt.txt); do
  cp "$SRC/txt/$n.txt" "$TMP/$n.txt"
  $LO --infilter="Text (encoded):UTF8" --convert-to pdf --outdir "$TMP/p" "$TMP/$n.txt" >/dev/null 2>&1
  cp "$TMP/p/$n.pdf" "$OUT/$n.pdf"; done
for n in $(names pdf-from-docx.txt); do
  $LO --convert-to pdf --outdir "$TMP/p" "$OUT/$n.docx" >/dev/null 2>&1
  cp "$TMP/p/$n.pdf" "$OUT/$n.pdf"; done
for n in $(names txt-from-docx.txt); do
  $LO --convert-to 'txt:Text (encoded):UTF8' --outdir "$TMP/t" "$OUT/$n.docx" >/dev/null 2>&1
  cp "$TMP/t/$n.txt" "$OUT/$n.txt"; done
# 6. truths and split
/usr/bin/python3 "$SRC/derive.py"
/usr/bin/python3 "$SRC/split.py"
echo "built: $(ls "$OUT" | grep -v -e '\.truth\.json$' -e '^src$' -e '^README.md$' -e '^split.json$' | wc -l) files"
