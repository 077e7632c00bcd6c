#!/bin/bash
# Rebuild every file of the set from src/: NAME.html (theme render + localize),
# NAME.pdf (headless Chromium), NAME.txt (pdftotext -layout), NAME.docx
# (LibreOffice), then the per-file truths (derive.py) and split.json.
# usage: src/build.sh [NAME...]
set -euo pipefail
export TZ=UTC   # the themes format dates with the local time zone
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
cd "$SRC"
if [ ! -d themes/node_modules ]; then
  (cd themes && npm ci --no-audit --no-fund --ignore-scripts)
fi
NAMES=("$@")
if [ ${#NAMES[@]} -eq 0 ]; then
  mapfile -t NAMES < <(python3 -c "import json;print('\n'.join(json.load(open('themes.json'))))")
fi
TMP="$(mktemp -d /tmp/tl6-build.XXXXXX)"
PROFILE="/tmp/lo-profile-$$"
trap 'rm -rf "$TMP" "$PROFILE"' EXIT
for n in "${NAMES[@]}"; do
  echo "== $n"
  node render.js "$n" "$TMP/$n.raw.html"
  python3 localize.py "$TMP/$n.raw.html" "$OUT/$n.html"
  # print copy: same page plus one rule that stops Chromium from faking bold /
  # italic for fonts without those faces (Droid Sans Fallback), which would
  # otherwise be embedded as big Type 3 fonts; the text layer is unchanged.
  sed 's#</head>#<style>*{font-synthesis:none !important}</style></head>#' "$OUT/$n.html" > "$TMP/$n.print.html"
  FONTCONFIG_FILE="$SRC/fonts.conf" chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --disable-background-networking --user-data-dir="$TMP/chrome" \
    --print-to-pdf="$OUT/$n.pdf" "file://$TMP/$n.print.html" 2>/dev/null
  pdftotext -layout "$OUT/$n.pdf" "$OUT/$n.txt"
  soffice -env:UserInstallation="file://$PROFILE" --headless \
    --convert-to docx:"MS Word 2007 XML" --outdir "$OUT" "$OUT/$n.html" >/dev/null 2>&1
  test -s "$OUT/$n.docx" || { echo "no docx for $n" >&2; exit 1; }
done
python3 derive.py "${NAMES[@]}"
[ -f "$OUT/split.json" ] || python3 split.py
