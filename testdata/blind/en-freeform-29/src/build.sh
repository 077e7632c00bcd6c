#!/bin/bash
# Rebuilds all 28 résumé files of en-freeform-29 into the set folder and copies the truths.
# Never deletes anything in the set; scratch work happens in a mktemp -d directory removed on exit.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
PY=/usr/bin/python3
T="$(mktemp -d /tmp/eff29.XXXXXX)"
trap 'rm -rf "$T"' EXIT
lo() { soffice --headless -env:UserInstallation=file://$T/lo "$@" >/dev/null 2>&1; }
chrome() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$1" "file://$2" >/dev/null 2>&1; }

# typed files, copied as they are
cp "$SRC/txt/en_wilf_hebblethwaite.txt" "$SRC/txt/en_ruaridh_menzies.txt" "$OUT/"
cp "$SRC/md/en_keisha_pruitt.md" "$SRC/md/en_ruaridh_menzies.md" "$SRC/md/en_kieran_oldcastle.md" \
   "$SRC/md/en_imogen_hartigan.md" "$SRC/md/bi_duan_mingfei.md" "$OUT/"
cp "$SRC/html/en_hollis_vandermeer.html" "$SRC/html/bi_zhao_bingjie.html" "$OUT/"

# python-docx
(cd "$SRC/docx" && for p in en_wilf_hebblethwaite en_morwenna_tregaskis en_ceri_morgan_lloyd en_kieran_oldcastle bi_mak_kafai; do
   $PY "$p.py" "$OUT/$p.docx"; done)

# LibreOffice PDFs of two Word files
for p in en_morwenna_tregaskis en_ceri_morgan_lloyd; do
  cp "$OUT/$p.docx" "$T/"; (cd "$T" && lo --convert-to pdf "$p.docx"); cp "$T/$p.pdf" "$OUT/"
done

# pdfLaTeX (article + sectsty + supertabular + tabto) and its pdftotext (default reading order)
(cd "$T" && pdflatex -interaction=nonstopmode "$SRC/tex/en_fenella_corrie.tex" >/dev/null && \
  pdflatex -interaction=nonstopmode "$SRC/tex/en_fenella_corrie.tex" >/dev/null)
cp "$T/en_fenella_corrie.pdf" "$OUT/"
pdftotext "$OUT/en_fenella_corrie.pdf" "$OUT/en_fenella_corrie.txt"

# Sphinx: singlehtml and text builders from the same reStructuredText
sphinx-build -q -b singlehtml "$SRC/rst/en_callum_rushworth" "$T/sph-html"
sphinx-build -q -b text "$SRC/rst/en_callum_rushworth" "$T/sph-text"
cp "$T/sph-html/index.html" "$OUT/en_callum_rushworth.html"
cp "$T/sph-text/index.txt" "$OUT/en_callum_rushworth.txt"

# Asciidoctor HTML; DocBook 5 through pandoc to docx (the build date is taken out of <info>)
mkdir -p "$T/adoc" && cp "$SRC/adoc/en_ngaire_whitcombe.adoc" "$T/adoc/"
(cd "$T/adoc" && asciidoctor -a nofooter en_ngaire_whitcombe.adoc && asciidoctor -b docbook5 en_ngaire_whitcombe.adoc)
cp "$T/adoc/en_ngaire_whitcombe.html" "$OUT/"
sed '/^<date>.*<\/date>$/d' "$T/adoc/en_ngaire_whitcombe.xml" > "$T/adoc/nw.xml"
pandoc -f docbook -t docx -o "$OUT/en_ngaire_whitcombe.docx" "$T/adoc/nw.xml"

# pandoc
pandoc -f markdown -t html5 -s --metadata pagetitle="Keisha Pruitt" "$SRC/md/en_keisha_pruitt.md" -o "$OUT/en_keisha_pruitt.html"
pandoc -f docx -t html5 -s --metadata pagetitle="Mak Ka-fai resume" "$OUT/bi_mak_kafai.docx" -o "$OUT/bi_mak_kafai.html"
pandoc -f markdown -t plain --columns=100 "$SRC/md/bi_duan_mingfei.md" -o "$OUT/bi_duan_mingfei.txt"
pandoc -f markdown -t html5 -s -H "$SRC/md/print.css.html" "$SRC/md/en_imogen_hartigan.md" -o "$T/en_imogen_hartigan.html"

# Chromium PDFs
chrome "$OUT/en_hollis_vandermeer.pdf" "$SRC/html/en_hollis_vandermeer.html"
chrome "$OUT/bi_zhao_bingjie.pdf" "$SRC/html/bi_zhao_bingjie.html"
chrome "$OUT/en_imogen_hartigan.pdf" "$T/en_imogen_hartigan.html"

# truths
$PY "$SRC/truths.py"
$PY "$SRC/copy_truths.py"
echo "built $(ls "$OUT" | grep -v -e truth -e '^src$' -e split.json -e README.md | wc -l) files"
$PY "$SRC/split.py"
