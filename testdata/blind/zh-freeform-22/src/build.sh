#!/bin/sh
# Rebuild every résumé file of zh-freeform-22 from src/ by walking src/convert.txt in order.
# For each line only that output file and its .truth.json are replaced; README.md, split.json
# and src/ are never touched. Scratch work happens in a private mktemp folder removed at the end.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
PY=/usr/bin/python3
T=$(mktemp -d /tmp/zh22-build.XXXXXX)
trap 'rm -rf "$T"' EXIT
LO="soffice -env:UserInstallation=file://$T/lo-profile --headless"
export FONTCONFIG_FILE="$SRC/fonts.conf"

lo() { # lo OUTDIR ARGS... ; LibreOffice into OUTDIR
  d=$1; shift
  $LO "$@" --outdir "$d" >/dev/null 2>&1
}

cd "$SET"
grep -v '^#' "$SRC/convert.txt" | grep -v '^$' | while read -r OUT METHOD IN; do
  echo "$OUT <- $METHOD $IN"
  base=${OUT%.*}
  rm -f "$SET/$OUT" "$SET/$OUT.truth.json"
  w="$T/$OUT.d"; mkdir -p "$w"
  case "$METHOD" in
    copy) cp "$SET/$IN" "$SET/$OUT" ;;
    docx-py) (cd "$SRC/docx" && $PY "$SET/$IN" "$SET/$OUT") ;;
    soffice-pdf) lo "$w" --convert-to pdf "$SET/$IN"; cp "$w/$base.pdf" "$SET/$OUT" ;;
    docx-py+soffice-pdf)
      (cd "$SRC/docx" && $PY "$SET/$IN" "$w/$base.docx")
      mkdir -p "$w/out"; lo "$w/out" --convert-to pdf "$w/$base.docx"; cp "$w/out/$base.pdf" "$SET/$OUT" ;;
    soffice-html) lo "$w" --convert-to 'html:HTML (StarWriter)' "$SET/$IN"; cp "$w/$base.html" "$SET/$OUT" ;;
    soffice-txt) lo "$w" --convert-to 'txt:Text (encoded):UTF8' "$SET/$IN"; cp "$w/$base.txt" "$SET/$OUT" ;;
    ods-py+soffice-html)
      $PY "$SET/$IN" "$w/$base.fods"; mkdir -p "$w/out"
      lo "$w/out" --convert-to 'html:HTML (StarCalc)' "$w/$base.fods"; cp "$w/out/$base.html" "$SET/$OUT" ;;
    ods-py+soffice-pdf)
      $PY "$SET/$IN" "$w/$base.fods"; mkdir -p "$w/out"
      lo "$w/out" --convert-to pdf "$w/$base.fods"; cp "$w/out/$base.pdf" "$SET/$OUT" ;;
    soffice-docx-txt)
      lo "$w" --infilter='Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN' --convert-to 'docx:MS Word 2007 XML' "$SET/$IN"
      cp "$w/$base.docx" "$SET/$OUT" ;;
    soffice-docx-html)
      lo "$w" --infilter='HTML (StarWriter)' --convert-to 'docx:MS Word 2007 XML' "$SET/$IN"
      cp "$w/$base.docx" "$SET/$OUT" ;;
    xelatex)
      cp "$SET/$IN" "$w/"
      (cd "$w" && xelatex -interaction=nonstopmode "$(basename "$IN")" >/dev/null 2>&1 || true)
      test -s "$w/$base.pdf"; cp "$w/$base.pdf" "$SET/$OUT" ;;
    chromium-pdf)
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$T/chrome" \
        --print-to-pdf="$SET/$OUT" "file://$SET/$IN" >/dev/null 2>&1 ;;
    pdftotext) pdftotext "$SET/$IN" "$SET/$OUT" ;;
    pdftotext-raw) pdftotext -raw "$SET/$IN" "$SET/$OUT" ;;
    pandoc-md-pdf) (cd "$w" && pandoc -f markdown -t pdf --pdf-engine=xelatex "$SET/$IN" -o "$SET/$OUT") ;;
    pandoc-gfm-docx) pandoc -f gfm -t docx "$SET/$IN" -o "$SET/$OUT" ;;
    gitlab-html)
      pandoc -f gfm -t html5 --wrap=none "$SET/$IN" -o "$w/body.html"
      $PY -c 'import sys; w=open(sys.argv[1],encoding="utf-8").read(); b=open(sys.argv[2],encoding="utf-8").read(); open(sys.argv[3],"w",encoding="utf-8").write(w.replace("<!--README-->", b))' \
        "$SRC/html/gitlab-wrap.html" "$w/body.html" "$SET/$OUT" ;;
    mkdocs-html) mkdocs build -q -f "$SET/$IN" -d "$w/site"; cp "$w/site/index.html" "$SET/$OUT" ;;
    *) echo "unknown method $METHOD" >&2; exit 1 ;;
  esac
  test -s "$SET/$OUT"
  if [ -f "$SRC/truth/$OUT.json" ]; then cp "$SRC/truth/$OUT.json" "$SET/$OUT.truth.json"
  else cp "$SRC/truth/$base.json" "$SET/$OUT.truth.json"; fi
done
$PY "$SRC/split.py"
echo "built; now run: $PY $SRC/check.py"
