#!/bin/sh
# Rebuilds every résumé file of this set from src/ and copies the truths beside them.
# Removes ONLY the files it builds (names derived from src/lists/*.txt) and their .truth.json;
# never README.md, split.json or anything else.
set -eu
SRC=$(cd "$(dirname "$0")" && pwd)
OUT=$(dirname "$SRC")
L="$SRC/lists"
TMP=$(mktemp -d /tmp/zh18-build.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
PROFILE="-env:UserInstallation=file://$TMP/lo"
lo() { soffice "$PROFILE" --headless "$@" >/dev/null 2>&1; }
names() { grep -v '^\s*$' "$L/$1" || true; }

# 1. the list of outputs
: > "$TMP/outputs"
for f in $(names copy.txt); do basename "$f" >> "$TMP/outputs"; done
for n in $(names pdf-from-txt.txt) $(names pdf-from-docx.txt) $(names pdf-from-html.txt) $(names pdf-from-tex.txt) \
         $(names pdf-from-md-xelatex.txt) $(names pdf-from-md-chromium.txt); do echo "$n.pdf" >> "$TMP/outputs"; done
for n in $(names docx-from-txt.txt) $(names docx-from-py.txt) $(names docx-from-md.txt) $(names docx-from-html.txt); do echo "$n.docx" >> "$TMP/outputs"; done
for n in $(names txt-from-docx.txt) $(names txt-from-pdf.txt); do echo "$n.txt" >> "$TMP/outputs"; done
for n in $(names html-from-md.txt); do echo "$n.html" >> "$TMP/outputs"; done
while read -r f; do rm -f "$OUT/$f" "$OUT/$f.truth.json"; done < "$TMP/outputs"

# 2. hand-typed files
for f in $(names copy.txt); do cp "$SRC/$f" "$OUT/$(basename "$f")"; done

# 3. python-docx
for n in $(names docx-from-py.txt); do /usr/bin/python3 "$SRC/docx/$n.py" "$OUT/$n.docx"; done

# 4. LibreOffice
for n in $(names pdf-from-txt.txt); do
  cp "$SRC/txt/$n.txt" "$TMP/$n.txt"
  lo --infilter="Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN" --convert-to pdf --outdir "$OUT" "$TMP/$n.txt"
done
for n in $(names docx-from-txt.txt); do
  cp "$SRC/txt/$n.txt" "$TMP/$n.txt"
  lo --infilter="Text (encoded):UTF8,,Noto Sans CJK SC,zh-CN" --convert-to "docx:MS Word 2007 XML" --outdir "$OUT" "$TMP/$n.txt"
done
for n in $(names pdf-from-docx.txt); do lo --convert-to pdf --outdir "$OUT" "$OUT/$n.docx"; done
for n in $(names txt-from-docx.txt); do
  mkdir -p "$TMP/t"; lo --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP/t" "$OUT/$n.docx"; cp "$TMP/t/$n.txt" "$OUT/$n.txt"
done
for n in $(names docx-from-html.txt); do
  lo --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$OUT" "$SRC/html/$n.html"
done

# 5. pandoc
for n in $(names html-from-md.txt); do
  pandoc -f gfm -t html -s -H "$SRC/md-head.html" --metadata pagetitle=个人简历 -o "$OUT/$n.html" "$SRC/md/$n.md"
done
for n in $(names docx-from-md.txt); do pandoc -f gfm -t docx -o "$OUT/$n.docx" "$SRC/md/$n.md"; done
for n in $(names pdf-from-md-xelatex.txt); do
  pandoc -f markdown -t pdf --pdf-engine=xelatex -o "$OUT/$n.pdf" "$SRC/md/$n.md"
done
for n in $(names pdf-from-md-chromium.txt); do
  pandoc -f gfm -t html -s -H "$SRC/md-head.html" --metadata pagetitle=简历 -o "$TMP/$n.html" "$SRC/md/$n.md"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$n.pdf" "file://$TMP/$n.html" >/dev/null 2>&1
done

# 6. Chromium
for n in $(names pdf-from-html.txt); do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$OUT/$n.pdf" "file://$SRC/html/$n.html" >/dev/null 2>&1
done

# 7. XeLaTeX
for n in $(names pdf-from-tex.txt); do
  mkdir -p "$TMP/tex"; cp "$SRC/tex/$n.tex" "$TMP/tex/"
  (cd "$TMP/tex" && xelatex -interaction=nonstopmode "$n.tex" >/dev/null && xelatex -interaction=nonstopmode "$n.tex" >/dev/null)
  cp "$TMP/tex/$n.pdf" "$OUT/$n.pdf"
done
for n in $(names txt-from-pdf.txt); do pdftotext -layout -enc UTF-8 "$OUT/$n.pdf" "$OUT/$n.txt"; done

# 8. truths and split
while read -r f; do
  person=${f%.*}
  if [ -f "$SRC/truth/$f.json" ]; then cp "$SRC/truth/$f.json" "$OUT/$f.truth.json";
  elif [ -f "$SRC/truth/$person.json" ]; then cp "$SRC/truth/$person.json" "$OUT/$f.truth.json";
  else echo "no truth for $f" >&2; fi
done < "$TMP/outputs"
/usr/bin/python3 "$SRC/split.py" "$OUT"
for f in $(cat "$TMP/outputs"); do [ -s "$OUT/$f" ] || echo "MISSING $f" >&2; done
echo "built $(wc -l < "$TMP/outputs") files"
