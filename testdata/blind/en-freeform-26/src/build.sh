#!/bin/bash
# Rebuilds the 28 résumé files of en-freeform-26 and copies the truths. Never deletes anything in the set.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$SRC/tmp"; mkdir -p "$TMP"
WORK="$(mktemp -d /tmp/ef26-XXXXXX)"
LOPROF="$(mktemp -d /tmp/lo-ef26-XXXXXX)"
trap 'rm -rf "$WORK" "$LOPROF"' EXIT
PY=/usr/bin/python3
RST2HTML="$(command -v rst2html || command -v rst2html.py)"
lo() { soffice --headless -env:UserInstallation=file://$LOPROF "$@" >/dev/null 2>&1; }
chrome() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1; }

# 1 typed text / markdown / html copied as they are
for f in en_marcus_whitlock en_gareth_pilkington en_callum_thibodeau; do cp "$SRC/txt/$f.txt" "$OUT/"; done
for f in en_gareth_pilkington en_bethan_pryce_jones en_kezia_montoya en_lachlan_dwyer bi_zhao_xueqing; do cp "$SRC/md/$f.md" "$OUT/"; done
for f in en_shannon_bellairs en_jordan_haugland bi_zhao_xueqing; do cp "$SRC/html/$f.html" "$OUT/"; done

# 2 python-docx
( cd "$SRC/docx" && for f in en_marcus_whitlock en_ewan_macritchie en_ruthann_vandersloot bi_lin_poyu; do $PY $f.py "$OUT/$f.docx"; done )

# 3 reStructuredText -> HTML (docutils)
"$RST2HTML" --no-generator --no-datestamp --no-source-link "$SRC/txt/en_callum_thibodeau.txt" "$OUT/en_callum_thibodeau.html"

# 4 Google-Docs-like HTML -> DOCX (LibreOffice Writer HTML import)
cp "$SRC/html/en_shannon_bellairs.html" "$WORK/"
( cd "$WORK" && lo --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' en_shannon_bellairs.html )
cp "$WORK/en_shannon_bellairs.docx" "$OUT/"

# 5 LaTeX: ReadableCV (pdfLaTeX, with a local roboto.sty shim) and XeLaTeX article + xeCJK
cp "$SRC/tex/en_morwenna_tregellas.tex" "$SRC/tex/roboto.sty" "$SRC/tex/bi_khoo_meiling.tex" "$WORK/"
( cd "$WORK" && pdflatex -interaction=nonstopmode en_morwenna_tregellas.tex >/dev/null && pdflatex -interaction=nonstopmode en_morwenna_tregellas.tex >/dev/null )
( cd "$WORK" && xelatex -interaction=nonstopmode bi_khoo_meiling.tex >/dev/null && xelatex -interaction=nonstopmode bi_khoo_meiling.tex >/dev/null )
cp "$WORK/en_morwenna_tregellas.pdf" "$WORK/bi_khoo_meiling.pdf" "$OUT/"
pdftotext -layout "$OUT/en_morwenna_tregellas.pdf" "$OUT/en_morwenna_tregellas.txt"
pdftotext -layout "$OUT/bi_khoo_meiling.pdf" "$OUT/bi_khoo_meiling.txt"

# 6 Chromium prints of HTML
chrome "$SRC/html/en_jordan_haugland.html" "$OUT/en_jordan_haugland.pdf"
pandoc -s -f markdown -t html --css "$SRC/css_pandoc.css" --self-contained --metadata pagetitle="Bethan Pryce-Jones" "$SRC/md/en_bethan_pryce_jones.md" -o "$TMP/en_bethan_pryce_jones.html"
chrome "$TMP/en_bethan_pryce_jones.html" "$OUT/en_bethan_pryce_jones.pdf"

# 7 pandoc
pandoc -s -f markdown -t html --metadata pagetitle="Kezia Montoya — résumé" "$SRC/md/en_kezia_montoya.md" -o "$OUT/en_kezia_montoya.html"
pandoc -f markdown -t docx "$SRC/md/en_lachlan_dwyer.md" -o "$OUT/en_lachlan_dwyer.docx"

# 8 LibreOffice from the python-docx files
for f in en_ewan_macritchie bi_lin_poyu; do cp "$OUT/$f.docx" "$WORK/"; ( cd "$WORK" && lo --convert-to pdf $f.docx ); cp "$WORK/$f.pdf" "$OUT/"; done
cp "$OUT/en_ruthann_vandersloot.docx" "$WORK/"; ( cd "$WORK" && lo --convert-to 'txt:Text (encoded):UTF8' en_ruthann_vandersloot.docx ); cp "$WORK/en_ruthann_vandersloot.txt" "$OUT/"

# 9 truths
$PY "$SRC/copy_truths.py"
echo "built: $(ls "$OUT" | grep -vc -e '\.truth\.json$' -e '^src$' -e '\.json$' -e '\.md$' ) non-md files (+ md)"
