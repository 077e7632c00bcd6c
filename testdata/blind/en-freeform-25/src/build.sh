#!/bin/bash
# Rebuild every file of en-freeform-25 into the set folder (the parent of src/).
# Never deletes anything; LaTeX runs in a mktemp dir, LibreOffice with a private profile.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
PY=/usr/bin/python3
LOPROFILE="file:///tmp/lo-$$"

latex() { # engine name.tex -> OUT/name.pdf
  local eng=$1 tex=$2 d; d=$(mktemp -d)
  cp "$SRC/tex/$tex" "$d/"
  (cd "$d" && $eng -interaction=nonstopmode "$tex" >/dev/null && $eng -interaction=nonstopmode "$tex" >/dev/null)
  cp "$d/${tex%.tex}.pdf" "$OUT/"
}
lo() { # filter input outdir
  soffice -env:UserInstallation="$LOPROFILE" --headless --convert-to "$1" --outdir "$3" "$2" >/dev/null 2>&1
}
chrome_pdf() { # in.html out.pdf
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}

# --- people ---------------------------------------------------------------
# hand-typed text, Markdown and HTML, copied as they are
for f in en_roisin_tuohy.txt en_dennis_rotich.txt; do cp "$SRC/txt/$f" "$OUT/"; done
for f in en_roisin_tuohy.md en_ritika_ghoshal.md en_kristoffer_layug.md bi_wee_kahmeng.md bi_chiang_yuning.md; do cp "$SRC/md/$f" "$OUT/"; done
for f in en_sione_fifita.html en_nokuthula_zondi.html bi_wee_kahmeng.html; do cp "$SRC/html/$f" "$OUT/"; done

# python-docx scripts
for n in en_edmund_larkworthy en_kenji_doucette en_mitchell_coughlan en_dennis_rotich bi_tam_kalok; do
  $PY "$SRC/docx/$n.py" "$OUT/$n.docx"
done

# LaTeX
latex pdflatex en_rosemary_quintal.tex        # memoir + tabularray
latex pdflatex en_chukwuemeka_anozie.tex      # tufte-handout, dates in the margin
latex xelatex  bi_chiang_yuning.tex           # article + xeCJK + tabularray

# pdftotext
pdftotext -raw    "$OUT/en_rosemary_quintal.pdf"   "$OUT/en_rosemary_quintal.txt"
pdftotext -layout "$OUT/en_chukwuemeka_anozie.pdf" "$OUT/en_chukwuemeka_anozie.txt"

# LibreOffice
for n in en_edmund_larkworthy en_mitchell_coughlan bi_tam_kalok; do lo pdf "$OUT/$n.docx" "$OUT"; done
lo "txt:Text (encoded):UTF8" "$OUT/en_kenji_doucette.docx" "$OUT"
lo "docx:MS Word 2007 XML" "$SRC/html/en_nokuthula_zondi.html" "$OUT"

# pandoc
pandoc -f markdown -t html5 -s --metadata pagetitle="Ritika Ghoshal — Technical Writer" \
  -H "$SRC/md/md-head.html" "$SRC/md/en_ritika_ghoshal.md" -o "$OUT/en_ritika_ghoshal.html"
pandoc -f markdown -t docx "$SRC/md/en_kristoffer_layug.md" -o "$OUT/en_kristoffer_layug.docx"

# Chromium
chrome_pdf "$SRC/html/en_sione_fifita.html" "$OUT/en_sione_fifita.pdf"

rm -rf "/tmp/lo-$$"

# truths: src/truth/NAME.EXT.json overrides src/truth/NAME.json
for f in "$OUT"/en_* "$OUT"/bi_*; do
  case "$f" in *.truth.json) continue;; esac
  b=$(basename "$f"); n=${b%.*}
  if [ -f "$SRC/truth/$b.json" ]; then cp "$SRC/truth/$b.json" "$OUT/$b.truth.json"
  else cp "$SRC/truth/$n.json" "$OUT/$b.truth.json"; fi
done
echo "built into $OUT"
