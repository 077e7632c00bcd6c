#!/bin/sh
# Rebuild every derived file of the office-docs set (or only the people named).
# Needs /usr/bin/python3 with python3-docx, LibreOffice (soffice), poppler-utils.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
PROFILE=file:///tmp/blind-office-lo-profile
LO() { soffice -env:UserInstallation=$PROFILE --headless "$@" >/dev/null 2>&1; }
PEOPLE="$*"
[ -n "$PEOPLE" ] || PEOPLE=$(cd "$SRC/people" && ls *.py | sed 's/\.py$//')
mkdir -p "$SRC/build"
for n in $PEOPLE; do
  echo "== $n"
  /usr/bin/python3 "$SRC/people/$n.py"              # writes OUT/n.docx or SRC/n.fodt, and src/truth/n.json
  if grep -qx "$n" "$SRC/from-fodt.txt"; then       # Writer document: export PDF and Word 2007 XML
    LO --convert-to pdf --outdir "$OUT" "$SRC/$n.fodt"
    LO --convert-to 'docx:MS Word 2007 XML' --outdir "$OUT" "$SRC/$n.fodt"
  fi
  if grep -qx "$n" "$SRC/pdf-from-docx.txt"; then LO --convert-to pdf --outdir "$OUT" "$OUT/$n.docx"; fi
  if grep -qx "$n" "$SRC/txt-from-docx.txt"; then   # Word/Writer "save as plain text", UTF-8
    LO --convert-to 'txt:Text (encoded):UTF8' --outdir "$OUT" "$OUT/$n.docx"
  fi
  if grep -qx "$n" "$SRC/docx-not-shipped.txt"; then mv "$OUT/$n.docx" "$SRC/build/$n.docx"; fi
done
/usr/bin/python3 "$SRC/derive.py"
python3 "$SRC/split.py"
