#!/bin/sh
# Rebuild every résumé file of zh-freeform-19 from src/ (see src/convert.txt), copy the truths, write split.json.
# Removes only the 28 output files named in convert.txt and their .truth.json (never README.md, never a glob).
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
cd "$SET"
TMP=$(mktemp -d /tmp/zh19-build.XXXXXX)
LO="soffice -env:UserInstallation=file://$TMP/profile --headless"
PY=/usr/bin/python3

grep -v '^#' "$SRC/convert.txt" | while read -r OUT METHOD IN; do
  [ -n "$OUT" ] || continue
  rm -f "$SET/$OUT" "$SET/$OUT.truth.json"
  case "$IN" in src/*) INP="$SET/$IN" ;; *) INP="$SET/$IN" ;; esac
  base=${OUT%.*}
  case "$METHOD" in
    copy) cp "$INP" "$SET/$OUT" ;;
    docx-py) $PY "$INP" "$SET/$OUT" ;;
    lo-pdf)
      mkdir -p "$TMP/o"; $LO --convert-to pdf --outdir "$TMP/o" "$INP" >/dev/null 2>&1
      mv "$TMP/o/$base.pdf" "$SET/$OUT" ;;
    lo-docx-txt)
      mkdir -p "$TMP/o"; $LO --infilter="Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN" --convert-to 'docx:MS Word 2007 XML' --outdir "$TMP/o" "$INP" >/dev/null 2>&1
      mv "$TMP/o/$base.docx" "$SET/$OUT" ;;
    lo-docx-html)
      mkdir -p "$TMP/o"; $LO --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$TMP/o" "$INP" >/dev/null 2>&1
      mv "$TMP/o/$base.docx" "$SET/$OUT" ;;
    lo-txt)
      mkdir -p "$TMP/o"
      case "$INP" in
        *.html) $LO --infilter="HTML (StarWriter)" --convert-to 'txt:Text (encoded):UTF8' --outdir "$TMP/o" "$INP" >/dev/null 2>&1 ;;
        *) $LO --convert-to 'txt:Text (encoded):UTF8' --outdir "$TMP/o" "$INP" >/dev/null 2>&1 ;;
      esac
      mv "$TMP/o/$base.txt" "$SET/$OUT" ;;
    chromium-pdf)
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMP/chrome" \
        --print-to-pdf="$SET/$OUT" "file://$INP" >/dev/null 2>&1 ;;
    xelatex)
      mkdir -p "$TMP/tex"; (cd "$TMP/tex" && xelatex -interaction=nonstopmode "$INP" >/dev/null && xelatex -interaction=nonstopmode "$INP" >/dev/null)
      mv "$TMP/tex/$base.pdf" "$SET/$OUT" ;;
    pdftotext-raw) pdftotext -raw -enc UTF-8 "$INP" "$SET/$OUT" ;;
    pandoc-html) pandoc -f gfm -t html -s -H "$SRC/md-head.html" --metadata pagetitle="$base" -o "$SET/$OUT" "$INP" ;;
    pandoc-pdf) (cd "$TMP" && pandoc -f markdown -t pdf --pdf-engine=xelatex -o "$SET/$OUT" "$INP") ;;
    gitee-page)
      pandoc -f gfm -t html -o "$TMP/frag.html" "$INP"
      $PY - "$SRC/html/gitee-wrap.html" "$TMP/frag.html" "$SET/$OUT" <<'PYEOF'
import sys
w, f, o = sys.argv[1:]
open(o, "w", encoding="utf-8").write(open(w, encoding="utf-8").read().replace("{{BODY}}", open(f, encoding="utf-8").read()))
PYEOF
      ;;
    *) echo "unknown method $METHOD" >&2; exit 1 ;;
  esac
  [ -s "$SET/$OUT" ] || { echo "failed: $OUT" >&2; exit 1; }
  person=${OUT%%.*}
  if [ -f "$SRC/truth/$OUT.json" ]; then cp "$SRC/truth/$OUT.json" "$SET/$OUT.truth.json"
  elif [ -f "$SRC/truth/$person.json" ]; then cp "$SRC/truth/$person.json" "$SET/$OUT.truth.json"
  fi
  echo "built $OUT ($METHOD)"
done
$PY "$SRC/split.py"
rm -rf "$TMP"
