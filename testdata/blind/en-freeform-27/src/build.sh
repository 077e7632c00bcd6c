#!/bin/sh
# Rebuilds the 28 résumé files of en-freeform-27 into the set folder and copies the truths.
# Never deletes anything in the set. Needs /usr/bin/python3 with python3-docx, pandoc, LibreOffice (Writer + Impress),
# Chromium, poppler-utils, texlive (moderncv, lmodern), jupyter-nbconvert.
set -e
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
PY=/usr/bin/python3
TMP=$(mktemp -d /tmp/eff27.XXXXXX)
LO="soffice --headless -env:UserInstallation=file://$TMP/lo"
trap 'rm -rf "$TMP"' EXIT

# --- hand-typed files, copied
for f in en_tobias_quayle.txt en_darren_tulloch.txt; do cp "$SRC/txt/$f" "$SET/$f"; done
for f in en_remy_castonguay.md en_cerys_maddox.md en_wendell_foxcroft.md en_rosalind_ebbage.md; do cp "$SRC/md/$f" "$SET/$f"; done
for f in en_harriet_oyelaran.html en_darren_tulloch.html; do cp "$SRC/html/$f" "$SET/$f"; done

# --- python-docx
for n in en_isla_grant en_nadia_kourkoulis en_brodie_mcalister bi_yu_haibo bi_lai_yichun; do
  $PY "$SRC/docx/$n.py" "$SET/$n.docx"
done

# --- LibreOffice conversions
$LO --convert-to "txt:Text (encoded):UTF8" --outdir "$TMP" "$SET/en_isla_grant.docx" >/dev/null
cp "$TMP/en_isla_grant.txt" "$SET/en_isla_grant.txt"
for n in en_nadia_kourkoulis en_brodie_mcalister; do
  $LO --convert-to pdf --outdir "$TMP" "$SET/$n.docx" >/dev/null
  cp "$TMP/$n.pdf" "$SET/$n.pdf"
done
$LO --convert-to html --outdir "$TMP" "$SET/bi_lai_yichun.docx" >/dev/null
cp "$TMP/bi_lai_yichun.html" "$SET/bi_lai_yichun.html"

# --- pandoc
pandoc -f markdown -t html5 -s --metadata pagetitle="Rémy Castonguay" -H "$SRC/md/md-head.html" \
  -o "$SET/en_remy_castonguay.html" "$SRC/md/en_remy_castonguay.md"
pandoc -f markdown -t docx -o "$SET/en_wendell_foxcroft.docx" "$SRC/md/en_wendell_foxcroft.md"
pandoc -f gfm -t html -o "$SET/en_rosalind_ebbage.html" "$SRC/md/en_rosalind_ebbage.md"
pandoc -f docx -t plain --wrap=none -o "$SET/bi_yu_haibo.txt" "$SET/bi_yu_haibo.docx"
# slide deck: Markdown -> pptx (pandoc) -> PDF (LibreOffice Impress)
pandoc -f markdown -t pptx -o "$TMP/en_cerys_maddox.pptx" "$SRC/md/en_cerys_maddox.md"
$LO --convert-to pdf --outdir "$TMP" "$TMP/en_cerys_maddox.pptx" >/dev/null
cp "$TMP/en_cerys_maddox.pdf" "$SET/en_cerys_maddox.pdf"

# --- Chromium
for pair in "en_harriet_oyelaran.html:en_harriet_oyelaran.pdf" "en_tobias_quayle.builder.html:en_tobias_quayle.pdf"; do
  in=${pair%%:*}; out=${pair##*:}
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$TMP/chr" \
    --print-to-pdf="$SET/$out" "file://$SRC/html/$in" 2>/dev/null
done

# --- LaTeX (moderncv oldstyle)
cp "$SRC/tex/en_alasdair_pennock.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode en_alasdair_pennock.tex >/dev/null && pdflatex -interaction=nonstopmode en_alasdair_pennock.tex >/dev/null)
cp "$TMP/en_alasdair_pennock.pdf" "$SET/en_alasdair_pennock.pdf"
pdftotext -layout "$SET/en_alasdair_pennock.pdf" "$SET/en_alasdair_pennock.txt"

# --- Jupyter notebook -> nbconvert HTML and Markdown
$PY "$SRC/ipynb/make_bi_fang_jiayi.py" "$SRC/ipynb/bi_fang_jiayi.ipynb"
jupyter-nbconvert --to html --output-dir "$TMP" "$SRC/ipynb/bi_fang_jiayi.ipynb" >/dev/null 2>&1
jupyter-nbconvert --to markdown --output-dir "$TMP" "$SRC/ipynb/bi_fang_jiayi.ipynb" >/dev/null 2>&1
cp "$TMP/bi_fang_jiayi.html" "$SET/bi_fang_jiayi.html"
cp "$TMP/bi_fang_jiayi.md" "$SET/bi_fang_jiayi.md"

# --- truths
for t in "$SRC"/truth_part*.py; do (cd "$SRC" && $PY "$t"); done
$PY "$SRC/copy_truths.py" >/dev/null
echo built
