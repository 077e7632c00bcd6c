#!/bin/bash
# Rebuild every file of the set from src/. Needs pandoc, texlive-xetex, chromium,
# libreoffice-writer, python3-docx (run with /usr/bin/python3), poppler-utils, fonts-droid-fallback.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
cd "$OUT"
rm -f "$OUT"/en_* "$OUT"/bi_*
# 1. hand-written sources, copied as they are
cp "$SRC"/txt/*.txt "$SRC"/md/*.md "$SRC"/html/*.html "$OUT"/
# 2. pandoc HTML from Markdown (GFM, standalone)
for n in $(cat "$SRC/html-from-md.txt"); do
  pandoc -f gfm -t html5 -s --metadata pagetitle="$(head -1 "$SRC/md/$n.md" | sed 's/^# *//')" \
    -H "$SRC/md-head.html" "$SRC/md/$n.md" -o "$OUT/$n.html"
done
# 3. pandoc PDF from Markdown through LaTeX (xelatex)
for n in $(cat "$SRC/pdf-from-md.txt"); do
  pandoc -f markdown "$SRC/md/$n.md" -o "$OUT/$n.pdf" --pdf-engine=xelatex \
    -V geometry:margin=2cm -V fontsize=10pt -V mainfont="DejaVu Serif" -V pagestyle=empty
done
# 4. Word files (python-docx)
for f in "$SRC"/docx/*.py; do
  n=$(basename "$f" .py)
  /usr/bin/python3 "$f" "$OUT/$n.docx"
done
# 5. LibreOffice PDF from the Word files
PROFILE=/tmp/lo-profile-$$
for n in $(cat "$SRC/pdf-from-docx.txt"); do
  soffice -env:UserInstallation=file://$PROFILE --headless --convert-to pdf --outdir "$OUT" "$OUT/$n.docx" >/dev/null 2>&1
done
rm -rf "$PROFILE"
# 6. Chromium "Save as PDF" from the HTML pages
for n in $(cat "$SRC/pdf-from-html.txt"); do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir=/tmp/chr-profile-$$ --print-to-pdf="$OUT/$n.pdf" "file://$OUT/$n.html" >/dev/null 2>&1
done
rm -rf /tmp/chr-profile-$$
# 7. truths: src/truth/NAME.EXT.json overrides src/truth/NAME.json
for f in "$OUT"/en_* "$OUT"/bi_*; do
  b=$(basename "$f"); n="${b%.*}"
  if [ -f "$SRC/truth/$b.json" ]; then cp "$SRC/truth/$b.json" "$f.truth.json"
  else cp "$SRC/truth/$n.json" "$f.truth.json"; fi
done
ls "$OUT" | grep -v truth | grep -v -e '^src$' -e README -e split
