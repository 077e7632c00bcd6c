#!/bin/bash
# Rebuild every file of the set from src/resumes/NAME.json (or only the NAMEs given).
# Needs node >= 18 + npm, chromium, poppler-utils, libreoffice-writer, python3, fonts-droid-fallback.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"; OUT="$(dirname "$SRC")"
export TZ=UTC LC_ALL=C.UTF-8
cd "$SRC/themes"
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund; fi
# jsonresume-theme-mocha-responsive 1.1.1 reads Font Awesome from its own node_modules but does not
# declare it; point it at the hoisted @fortawesome/fontawesome-free.
M=node_modules/jsonresume-theme-mocha-responsive/node_modules/@fortawesome
mkdir -p "$M"; ln -sfn ../../../@fortawesome/fontawesome-free "$M/fontawesome-free"
cd "$SRC"
NAMES=("$@"); [ ${#NAMES[@]} -eq 0 ] && NAMES=($(python3 -c "import json;print(' '.join(json.load(open('themes.json'))))"))
PROFILE=/tmp/lo-profile-$$; TMP=$(mktemp -d)
for n in "${NAMES[@]}"; do
  theme=$(python3 -c "import json,sys;print(json.load(open('themes.json'))[sys.argv[1]])" "$n")
  echo "== $n ($theme)"
  node render.js "$theme" "resumes/$n.json" "$TMP/$n.raw.html"
  python3 localize.py "$TMP/$n.raw.html" "$OUT/$n.html"
  # print copy: same HTML plus *{font-synthesis:none} (no fake bold/italic for CJK fallback glyphs)
  sed 's#</head>#<style>*{font-synthesis:none}</style></head>#' "$OUT/$n.html" > "$TMP/$n.html"
  FONTCONFIG_FILE="$SRC/fonts.conf" timeout 180 chromium --headless --no-sandbox --disable-gpu \
     --no-pdf-header-footer --virtual-time-budget=5000 --print-to-pdf="$OUT/$n.pdf" "file://$TMP/$n.html" >/dev/null 2>&1
  pdftotext -layout "$OUT/$n.pdf" "$OUT/$n.txt"
  (cd "$TMP" && cp "$OUT/$n.html" "src-$n.html" && timeout 180 soffice -env:UserInstallation=file://$PROFILE --headless \
     --convert-to docx:"MS Word 2007 XML" --outdir "$TMP/docx" "src-$n.html" >/dev/null 2>&1 && mv "$TMP/docx/src-$n.docx" "$OUT/$n.docx")
done
rm -rf "$TMP" "$PROFILE"
python3 "$SRC/derive.py" "${NAMES[@]}" 2>/dev/null || echo "(derive.py not run)"
[ -f "$OUT/split.json" ] || python3 "$SRC/split.py"
