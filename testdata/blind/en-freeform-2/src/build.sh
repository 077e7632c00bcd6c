#!/bin/bash
# Rebuild every derived file of en-freeform-2 into OUT (the folder above src/).
#   src/NAME.txt, src/NAME.md, src/html/NAME.html  -> copied (hand-written sources)
#   src/docx/NAME.docx.py                          -> NAME.docx (python-docx, /usr/bin/python3)
#   src/NAME.md listed in pandoc-docx.txt          -> NAME.docx (pandoc)
#   src/html/NAME.src.html listed in soffice-docx.txt -> NAME.docx (LibreOffice Writer import)
#   src/tex/NAME.tex                               -> NAME.pdf (xelatex, run twice)
#   NAME.docx listed in pdf-from-docx.txt          -> NAME.pdf (LibreOffice)
#   NAME.html listed in pdf-from-html.txt          -> NAME.pdf (headless Chromium)
#   src/truth/NAME.json -> NAME.EXT.truth.json for every file of NAME (src/truth/NAME.EXT.json wins)
set -e
export PYTHONDONTWRITEBYTECODE=1
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
PROFILE=/tmp/lo-profile-$$
WORK=$(mktemp -d)
trap 'rm -rf "$WORK" "$PROFILE"' EXIT
want() { [ $# -eq 0 ] && return 0; return 1; }
sel() { local n=$1; shift; [ ${#NAMES[@]} -eq 0 ] && return 0; for x in "${NAMES[@]}"; do [ "$x" = "$n" ] && return 0; done; return 1; }
NAMES=("$@")

for f in "$SRC"/*.txt "$SRC"/*.md; do
  b=$(basename "$f"); n=${b%.*}
  case $b in pdf-from-*|pandoc-docx.txt|soffice-docx.txt) continue;; esac
  sel "$n" && cp "$f" "$OUT/$b"
done
for f in "$SRC"/html/*.html; do
  b=$(basename "$f"); n=${b%.html}
  case $b in *.src.html) continue;; esac
  sel "$n" && cp "$f" "$OUT/$b"
done
for f in "$SRC"/docx/*.docx.py; do
  n=$(basename "$f" .docx.py)
  sel "$n" && /usr/bin/python3 "$f" "$OUT/$n.docx"
done
while read -r n; do
  [ -z "$n" ] && continue
  sel "$n" && pandoc -f gfm -t docx "$SRC/$n.md" -o "$OUT/$n.docx"
done < "$SRC/pandoc-docx.txt"
while read -r n; do
  [ -z "$n" ] && continue
  if sel "$n"; then
    cp "$SRC/html/$n.src.html" "$WORK/$n.html"
    soffice -env:UserInstallation=file://$PROFILE --headless --infilter="HTML (StarWriter)" \
      --convert-to docx:"MS Word 2007 XML" --outdir "$WORK" "$WORK/$n.html" >/dev/null 2>&1
    cp "$WORK/$n.docx" "$OUT/$n.docx"
  fi
done < "$SRC/soffice-docx.txt"
for f in "$SRC"/tex/*.tex; do
  n=$(basename "$f" .tex)
  if sel "$n"; then
    (cd "$SRC/tex" && xelatex -interaction=nonstopmode -halt-on-error -output-directory="$WORK" "$n.tex" >/dev/null \
      && xelatex -interaction=nonstopmode -halt-on-error -output-directory="$WORK" "$n.tex" >/dev/null) \
      || { echo "xelatex failed: $n"; tail -20 "$WORK/$n.log"; exit 1; }
    cp "$WORK/$n.pdf" "$OUT/$n.pdf"
  fi
done
while read -r n; do
  [ -z "$n" ] && continue
  if sel "$n"; then
    soffice -env:UserInstallation=file://$PROFILE --headless --convert-to pdf --outdir "$WORK" "$OUT/$n.docx" >/dev/null 2>&1
    cp "$WORK/$n.pdf" "$OUT/$n.pdf"
  fi
done < "$SRC/pdf-from-docx.txt"
while read -r n; do
  [ -z "$n" ] && continue
  if sel "$n"; then
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$OUT/$n.pdf" "file://$OUT/$n.html" >/dev/null 2>&1
  fi
done < "$SRC/pdf-from-html.txt"

# truths
for f in "$OUT"/en_* "$OUT"/bi_*; do
  b=$(basename "$f")
  case $b in *.truth.json) continue;; esac
  n=${b%%.*}
  sel "$n" || continue
  if [ -f "$SRC/truth/$b.json" ]; then t="$SRC/truth/$b.json"; else t="$SRC/truth/$n.json"; fi
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1],encoding="utf-8")); json.dump(d,open(sys.argv[2],"w",encoding="utf-8"),ensure_ascii=False,indent=1); open(sys.argv[2],"a").write("\n")' "$t" "$OUT/$b.truth.json"
done
echo built
