#!/bin/bash
# Rebuild all 28 files of en-freeform-31 into the set folder. Never deletes anything in the set.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d /tmp/eff31.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
export SOURCE_DATE_EPOCH=1740787200
PY=/usr/bin/python3
MAMMOTH=${MAMMOTH:-/opt/mammoth/node_modules/.bin/mammoth}   # npm install mammoth@1.13.0
LO="soffice --headless -env:UserInstallation=file://$TMP/lo"
CHROME="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"

# --- typed by hand, copied -------------------------------------------------------------
cp "$SRC/txt/en_dale_ormesher.txt" "$OUT/"
cp "$SRC/txt/en_euan_rattray.txt" "$OUT/"
cp "$SRC/md/en_keturah_alcindor.md" "$OUT/"
cp "$SRC/md/en_tobias_penhallow.md" "$OUT/"
cp "$SRC/md/en_cathal_brennock.md" "$OUT/"
cp "$SRC/html/en_annika_tjossem.html" "$OUT/"
cp "$SRC/html/en_delphine_varley_shaw.html" "$OUT/"
cp "$SRC/html/bi_cheung_hoiyan.html" "$OUT/"

# --- Texinfo: makeinfo plaintext and HTML (foley artist) --------------------------------
makeinfo --plaintext -o "$OUT/en_juno_kittering.txt" "$SRC/texi/en_juno_kittering.texi"
makeinfo --html --no-split --no-headers -o "$OUT/en_juno_kittering.html" "$SRC/texi/en_juno_kittering.texi"

# --- LaTeX ------------------------------------------------------------------------------
cp "$SRC/tex/en_bryony_hatherley.tex" "$SRC/tex/bi_wang_shuqin.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode en_bryony_hatherley.tex >/dev/null && xelatex -interaction=nonstopmode bi_wang_shuqin.tex >/dev/null)
cp "$TMP/en_bryony_hatherley.pdf" "$TMP/bi_wang_shuqin.pdf" "$OUT/"
mutool draw -F txt -o "$OUT/en_bryony_hatherley.txt" "$OUT/en_bryony_hatherley.pdf" 2>/dev/null
pdftotext -layout "$OUT/bi_wang_shuqin.pdf" "$OUT/bi_wang_shuqin.txt"

# --- python-docx ------------------------------------------------------------------------
for n in en_dale_ormesher en_gideon_pfautz en_margaret_cormier bi_yu_haitao; do
  (cd "$SRC/docx" && $PY "$n.py" "$OUT/$n.docx")
done
cp "$OUT/en_gideon_pfautz.docx" "$TMP/"
(cd "$TMP" && $LO --convert-to "txt:Text (encoded):UTF8" en_gideon_pfautz.docx >/dev/null 2>&1)
cp "$TMP/en_gideon_pfautz.txt" "$OUT/"
"$MAMMOTH" "$OUT/en_margaret_cormier.docx" "$OUT/en_margaret_cormier.html" >/dev/null 2>&1
"$MAMMOTH" "$OUT/bi_yu_haitao.docx" "$OUT/bi_yu_haitao.md" --output-format=markdown >/dev/null 2>&1

# --- pandoc -----------------------------------------------------------------------------
pandoc -f markdown -t html5 -s -o "$OUT/en_keturah_alcindor.html" "$SRC/md/en_keturah_alcindor.md"
pandoc -f markdown -t docx -o "$OUT/en_cathal_brennock.docx" "$SRC/md/en_cathal_brennock.md"
pandoc -f markdown -t html5 -s --metadata pagetitle="Tobias Penhallow CV" -c "$SRC/md/print.css" \
  -o "$TMP/penhallow.html" "$SRC/md/en_tobias_penhallow.md"

# --- WeasyPrint -------------------------------------------------------------------------
weasyprint "$SRC/html/en_annika_tjossem.html" "$OUT/en_annika_tjossem.pdf" 2>/dev/null
weasyprint "$TMP/penhallow.html" "$OUT/en_tobias_penhallow.pdf" 2>/dev/null

# --- html2text (milliner), a2ps + ps2pdf (heat pump engineer), Chromium (optometrist) ----
$PY -c "
import html2text, sys
h = html2text.HTML2Text(); h.body_width = 0
sys.stdout.write(h.handle(open(sys.argv[1], encoding='utf-8').read()))" "$SRC/html/en_delphine_varley_shaw.html" > "$OUT/en_delphine_varley_shaw.md"
a2ps -1 --portrait --medium=A4 --borders=no --header= --left-footer= --right-footer= --footer= \
  --left-title= --right-title= --center-title="Euan Rattray - CV" -f 9.5 -q -o "$TMP/rattray.ps" "$SRC/txt/en_euan_rattray.txt"
ps2pdf -sPAPERSIZE=a4 "$TMP/rattray.ps" "$OUT/en_euan_rattray.pdf"
$CHROME --print-to-pdf="$OUT/bi_cheung_hoiyan.pdf" "file://$SRC/html/bi_cheung_hoiyan.html" 2>/dev/null

# --- truths and split -------------------------------------------------------------------
$PY "$SRC/truths.py"
$PY "$SRC/copy_truths.py"
$PY "$SRC/split.py"
echo "built into $OUT"
