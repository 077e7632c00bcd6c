#!/bin/bash
# Rebuild OUT/NAME.{html,pdf,txt,docx} and the per-file truths from src/html/NAME.html and src/truth/NAME.json.
set -e
SRC=$(cd "$(dirname "$0")" && pwd); OUT=$(dirname "$SRC")
names="$@"; [ -z "$names" ] && names=$(cd "$SRC/html" && ls *.html | sed 's/\.html$//')
PROFILE=/tmp/lo-profile-$$
for n in $names; do
  cp "$SRC/html/$n.html" "$OUT/$n.html"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$n.pdf" "file://$OUT/$n.html" 2>/dev/null
  pdftotext -layout "$OUT/$n.pdf" "$OUT/$n.txt"
  (cd "$OUT" && soffice -env:UserInstallation=file://$PROFILE --headless --convert-to docx:"MS Word 2007 XML" --outdir "$OUT" "$OUT/$n.html" >/dev/null 2>&1)
  [ -f "$OUT/$n.docx" ] || echo "WARNING: no docx for $n"
done
rm -rf "$PROFILE"
python3 "$SRC/derive.py" $names
[ -f "$OUT/split.json" ] || python3 "$SRC/split.py"
