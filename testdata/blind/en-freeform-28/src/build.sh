#!/bin/bash
# Rebuild all 28 résumé files of en-freeform-28 into the set folder, then copy the truths.
# Never deletes anything in the set; scratch work happens in a mktemp -d directory removed on exit.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
PY=/usr/bin/python3
T="$(mktemp -d /tmp/eff28.XXXXXX)"
trap 'rm -rf "$T"' EXIT
LO="soffice --headless -env:UserInstallation=file://$T/lo"
chrome() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" 2>/dev/null; }
latex() { (cd "$T" && pdflatex -interaction=nonstopmode -halt-on-error "$SRC/tex/$1.tex" >/dev/null && pdflatex -interaction=nonstopmode -halt-on-error "$SRC/tex/$1.tex" >/dev/null); cp "$T/$1.pdf" "$OUT/$1.pdf"; }

# typed sources, copied as they are
for f in en_tamsin_alderwick en_ottilie_brennan en_jonty_raistrick en_dale_whitmore bi_shen_jiahui bi_liang_haiyan; do
  cp "$SRC/md/$f.md" "$OUT/$f.md"; done
for f in en_gideon_thwaite en_jonty_raistrick; do cp "$SRC/txt/$f.txt" "$OUT/$f.txt"; done
for f in en_lewis_marchbank en_ruaridh_costello en_genevieve_marchildon bi_shen_jiahui; do cp "$SRC/html/$f.html" "$OUT/$f.html"; done

# 1 lactation consultant: Obsidian note -> Obsidian-like HTML -> Chromium PDF
$PY "$SRC/obsidian_export.py" "$SRC/md/en_tamsin_alderwick.md" "$T/en_tamsin_alderwick.html" "CV – Tamsin Alderwick 2025"
cp "$T/en_tamsin_alderwick.html" "$SRC/tmp/en_tamsin_alderwick.obsidian.html"
chrome "$T/en_tamsin_alderwick.html" "$OUT/en_tamsin_alderwick.pdf"

# 2 fire-alarm engineer: Confluence export HTML -> LibreOffice docx
cp "$SRC/html/en_lewis_marchbank.html" "$T/"
(cd "$T" && $LO --infilter="HTML (StarWriter)" --convert-to docx en_lewis_marchbank.html >/dev/null 2>&1)
cp "$T/en_lewis_marchbank.docx" "$OUT/"

# 3 piano technician: pdfLaTeX article + keyvaltable, pdftotext -layout
latex en_annelise_vukovich
pdftotext -layout "$OUT/en_annelise_vukovich.pdf" "$OUT/en_annelise_vukovich.txt"

# 4 saddler: python-docx twin of the text CV (contact in the page footer)
(cd "$SRC/docx" && $PY en_gideon_thwaite.py "$OUT/en_gideon_thwaite.docx")

# 5 sound engineer: hand-written HTML with margin headings -> Chromium PDF
chrome "$SRC/html/en_ruaridh_costello.html" "$OUT/en_ruaridh_costello.pdf"

# 6 viticulturist: python-docx -> LibreOffice PDF
(cd "$SRC/docx" && $PY en_johanna_kereama.py "$OUT/en_johanna_kereama.docx")
cp "$OUT/en_johanna_kereama.docx" "$T/" && (cd "$T" && $LO --convert-to pdf en_johanna_kereama.docx >/dev/null 2>&1) && cp "$T/en_johanna_kereama.pdf" "$OUT/"

# 7 puppetry graduate: pandoc docx
pandoc -f markdown -t docx -o "$OUT/en_ottilie_brennan.docx" "$SRC/md/en_ottilie_brennan.md"

# 9 captioner: pandoc plain text of the HTML
pandoc -f html -t plain --wrap=auto --columns=88 -o "$OUT/en_genevieve_marchildon.txt" "$SRC/html/en_genevieve_marchildon.html"

# 10 genealogist: pdfLaTeX article + tabularx grid, pdftotext -raw
latex en_philippa_catchpole
pdftotext -raw "$OUT/en_philippa_catchpole.pdf" "$OUT/en_philippa_catchpole.txt"

# 11 falconer: pandoc standalone HTML with stylesheet and the QR image embedded
(cd "$SRC/md" && pandoc -f markdown -t html5 -s --self-contained --css "$SRC/pandoc.css" -o "$OUT/en_dale_whitmore.html" en_dale_whitmore.md)

# 12 naval architect: python-docx -> LibreOffice PDF
(cd "$SRC/docx" && $PY bi_huang_pohan.py "$OUT/bi_huang_pohan.docx")
cp "$OUT/bi_huang_pohan.docx" "$T/" && (cd "$T" && $LO --convert-to pdf bi_huang_pohan.docx >/dev/null 2>&1) && cp "$T/bi_huang_pohan.pdf" "$OUT/"

# 14 hatchery manager: pandoc docx
pandoc -f markdown -t docx -o "$OUT/bi_liang_haiyan.docx" "$SRC/md/bi_liang_haiyan.md"

# truths
$PY "$SRC/truths.py"
$PY "$SRC/copy_truths.py"
ls "$OUT" | grep -v -E 'truth|^src$|README|split' | wc -l
