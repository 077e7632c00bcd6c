#!/bin/bash
# Rebuild every file of en-freeform-24 from src/ and copy the truths next to them.
# Never deletes anything in the set. Intermediates go to src/tmp/, LaTeX runs in a mktemp -d under /tmp,
# LibreOffice uses a private profile under /tmp; those two scratch places (its own) are removed on exit.
# Needs: /usr/bin/python3 with python3-docx, pandoc, LibreOffice, Chromium, pdftotext,
# texlive (mycv, xeCJK, TikZ, Noto CJK fonts).
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$SRC/tmp"
mkdir -p "$TMP"
LOPROFILE="file:///tmp/lo-en24-$$"
PY=/usr/bin/python3
SCRATCH=("/tmp/lo-en24-$$")   # only this script's own scratch under /tmp is removed on exit
cleanup() { rm -rf "${SCRATCH[@]}"; }
trap cleanup EXIT

lo() {  # lo FORMAT INPUT OUTDIR
  soffice -env:UserInstallation="$LOPROFILE" --headless --convert-to "$1" --outdir "$3" "$2" >/dev/null 2>&1
}
chrome_pdf() {  # chrome_pdf IN.html OUT.pdf
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}
latex() {  # latex ENGINE TEXFILE OUT.pdf   (runs twice in a scratch directory)
  local d; d="$(mktemp -d /tmp/en24-tex-XXXXXX)"
  SCRATCH+=("$d")
  cp "$2" "$d/"
  local base; base="$(basename "$2" .tex)"
  (cd "$d" && "$1" -interaction=nonstopmode -halt-on-error "$base.tex" >/dev/null && \
              "$1" -interaction=nonstopmode -halt-on-error "$base.tex" >/dev/null)
  cp "$d/$base.pdf" "$3"
}
docx_py() {  # docx_py NAME OUT.docx
  (cd "$SRC/docx" && PYTHONDONTWRITEBYTECODE=1 $PY "$1.py" "$2")
}

# ---------------------------------------------------------------- people
# en_kendrick_vollmer: .docx (python-docx) + .txt (pdftotext -layout of the LibreOffice PDF)
docx_py en_kendrick_vollmer "$OUT/en_kendrick_vollmer.docx"
lo pdf "$OUT/en_kendrick_vollmer.docx" "$TMP"
pdftotext -layout "$TMP/en_kendrick_vollmer.pdf" "$OUT/en_kendrick_vollmer.txt"

# en_mackenzie_duvall: .md (hand-typed, pandoc definition lists) + .pdf (pandoc HTML -> Chromium, Letter)
cp "$SRC/md/en_mackenzie_duvall.md" "$OUT/"
pandoc -f markdown -t html5 -s -H "$SRC/css/duvall-head.html" "$SRC/md/en_mackenzie_duvall.md" -o "$TMP/en_mackenzie_duvall.html"
chrome_pdf "$TMP/en_mackenzie_duvall.html" "$OUT/en_mackenzie_duvall.pdf"

# en_mireille_ostrowski: .pdf (pdfLaTeX, mycv class) + .txt (pdftotext -layout of that PDF)
latex pdflatex "$SRC/tex/en_mireille_ostrowski.tex" "$OUT/en_mireille_ostrowski.pdf"
pdftotext -layout "$OUT/en_mireille_ostrowski.pdf" "$OUT/en_mireille_ostrowski.txt"

# en_brayden_kuzyk: .txt (typed by hand) + .docx (python-docx twin, Letter)
cp "$SRC/txt/en_brayden_kuzyk.txt" "$OUT/"
docx_py en_brayden_kuzyk "$OUT/en_brayden_kuzyk.docx"

# en_s_manikandan: .docx (python-docx, biodata) + .pdf (LibreOffice from the .docx)
docx_py en_s_manikandan "$OUT/en_s_manikandan.docx"
lo pdf "$OUT/en_s_manikandan.docx" "$OUT"

# en_aoibhinn_cotter: .html (hand-written, every entry a <details open>) + .md (typed by hand)
cp "$SRC/html/en_aoibhinn_cotter.html" "$SRC/md/en_aoibhinn_cotter.md" "$OUT/"

# en_joselito_dumalagan: .txt (typed by hand, one paragraph per job) + .html (hand-written twin)
cp "$SRC/txt/en_joselito_dumalagan.txt" "$SRC/html/en_joselito_dumalagan.html" "$OUT/"

# en_oghenetega_akpovwa: .md (typed by hand) + .docx (pandoc -f markdown -t docx)
cp "$SRC/md/en_oghenetega_akpovwa.md" "$OUT/"
pandoc -f markdown -t docx "$SRC/md/en_oghenetega_akpovwa.md" -o "$OUT/en_oghenetega_akpovwa.docx"

# en_nandipha_mgoduka: .html (Google-Docs-like export, inline styles everywhere) + .pdf (Chromium)
cp "$SRC/html/en_nandipha_mgoduka.html" "$OUT/"
chrome_pdf "$SRC/html/en_nandipha_mgoduka.html" "$OUT/en_nandipha_mgoduka.pdf"

# en_clement_arbuthnot: .pdf (pdfLaTeX, hand-made article) + .html (hand-written personal-site CV page)
latex pdflatex "$SRC/tex/en_clement_arbuthnot.tex" "$OUT/en_clement_arbuthnot.pdf"
cp "$SRC/html/en_clement_arbuthnot.html" "$OUT/"

# en_nikau_paewai: .docx (python-docx, seasons table) + .txt (LibreOffice "Text (encoded)" export of the .docx)
docx_py en_nikau_paewai "$OUT/en_nikau_paewai.docx"
lo "txt:Text (encoded):UTF8" "$OUT/en_nikau_paewai.docx" "$OUT"

# bi_yeh_chiahao: .pdf (XeLaTeX + xeCJK, friggeri-like hand-made layout, Letter) + .md (typed by hand)
latex xelatex "$SRC/tex/bi_yeh_chiahao.tex" "$OUT/bi_yeh_chiahao.pdf"
cp "$SRC/md/bi_yeh_chiahao.md" "$OUT/"

# bi_seah_weiming: .docx (python-docx, one two-column label/content table) + .pdf (LibreOffice from the .docx)
docx_py bi_seah_weiming "$OUT/bi_seah_weiming.docx"
lo pdf "$OUT/bi_seah_weiming.docx" "$OUT"

# bi_mao_xinlan: .html (hand-written, CSS-grid sidebar page) + .txt (typed by hand, one-line job headers)
cp "$SRC/html/bi_mao_xinlan.html" "$SRC/txt/bi_mao_xinlan.txt" "$OUT/"

# ---------------------------------------------------------------- truths
for f in "$OUT"/*.txt "$OUT"/*.md "$OUT"/*.html "$OUT"/*.pdf "$OUT"/*.docx; do
  [ -e "$f" ] || continue
  b="$(basename "$f")"
  [ "$b" = README.md ] && continue
  stem="${b%.*}"
  if [ -e "$SRC/truth/$b.json" ]; then
    cp "$SRC/truth/$b.json" "$OUT/$b.truth.json"
  else
    cp "$SRC/truth/$stem.json" "$OUT/$b.truth.json"
  fi
done
echo "built into $OUT"
