#!/bin/bash
# Rebuilds the 28 résumé files of en-freeform-30 into the set folder, writes the truths and split.json.
# Never deletes anything in the set; scratch work happens in a mktemp -d directory removed on exit.
set -euo pipefail
SRC=$(cd "$(dirname "$0")" && pwd)
SET=$(dirname "$SRC")
TMP=$(mktemp -d /tmp/ef30.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
PY=/usr/bin/python3
export SOURCE_DATE_EPOCH=1737363600   # 2025-01-20, for stable PDF dates
lo() { soffice --headless -env:UserInstallation=file://$TMP/lo-profile "$@" >/dev/null 2>&1; }
chrome_pdf() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1; }
docx_py() { (cd "$SRC/docx" && $PY "$1.py" "$2"); }

# en_callan_ruddiman: LinkedIn web page copied as text (typed) + Word file cleaned up from it (python-docx)
cp "$SRC/txt/en_callan_ruddiman.txt" "$SET/"
docx_py en_callan_ruddiman "$SET/en_callan_ruddiman.docx"

# en_helena_quarrington: Overleaf pdfLaTeX (dashrule, phonenumbers, dot leaders) + pdftotext -raw
cp "$SRC/tex/en_helena_quarrington.tex" "$TMP/"
(cd "$TMP" && pdflatex -interaction=nonstopmode en_helena_quarrington.tex >/dev/null && pdflatex -interaction=nonstopmode en_helena_quarrington.tex >/dev/null)
cp "$TMP/en_helena_quarrington.pdf" "$SET/"
pdftotext -raw -enc UTF-8 "$SET/en_helena_quarrington.pdf" "$SET/en_helena_quarrington.txt"

# en_shannon_kewley: Outlook reply with the CV pasted in (typed) + Outlook "Save as HTML" of it (script)
cp "$SRC/email/en_shannon_kewley.txt" "$SET/"
$PY "$SRC/email/outlook_html.py" "$SRC/email/en_shannon_kewley.txt" "$SET/en_shannon_kewley.html"

# en_siobhan_kiely: Pages-style two-column Word file (python-docx) + LibreOffice PDF
docx_py en_siobhan_kiely "$SET/en_siobhan_kiely.docx"
cp "$SET/en_siobhan_kiely.docx" "$TMP/" && (cd "$TMP" && lo --convert-to pdf en_siobhan_kiely.docx) && cp "$TMP/en_siobhan_kiely.pdf" "$SET/"

# en_everard_pym: pandoc Markdown (typed) + pandoc -s HTML
cp "$SRC/md/en_everard_pym.md" "$SET/"
pandoc -f markdown -t html5 -s "$SRC/md/en_everard_pym.md" -o "$SET/en_everard_pym.html"

# en_ambrose_lethbridge: hand-written HTML (contacts right of the name) + Chromium PDF
cp "$SRC/html/en_ambrose_lethbridge.html" "$SET/"
chrome_pdf "$SRC/html/en_ambrose_lethbridge.html" "$SET/en_ambrose_lethbridge.pdf"

# en_tessa_villarreal: Hugo data file in TOML (typed) + the page rendered from it (script)
cp "$SRC/txt/en_tessa_villarreal.txt" "$SET/"
$PY "$SRC/html/hugo_render.py" "$SRC/txt/en_tessa_villarreal.txt" "$SET/en_tessa_villarreal.html"

# en_fraser_mcglashan: messy text (typed) + Markdown twin (typed)
cp "$SRC/txt/en_fraser_mcglashan.txt" "$SRC/md/en_fraser_mcglashan.md" "$SET/"

# en_hollis_brandvold: Markdown (typed) + pandoc docx
cp "$SRC/md/en_hollis_brandvold.md" "$SET/"
pandoc -f markdown -t docx "$SRC/md/en_hollis_brandvold.md" -o "$SET/en_hollis_brandvold.docx"

# en_ione_fairweather: one-page site (hand-written HTML, contacts in the footer only) + pandoc -t gfm
cp "$SRC/html/en_ione_fairweather.html" "$SET/"
pandoc -f html -t gfm "$SRC/html/en_ione_fairweather.html" -o "$SET/en_ione_fairweather.md"

# en_rosalind_treadwell: Word file with title / employer table cells (python-docx) + LibreOffice text
docx_py en_rosalind_treadwell "$SET/en_rosalind_treadwell.docx"
cp "$SET/en_rosalind_treadwell.docx" "$TMP/" && (cd "$TMP" && lo --convert-to "txt:Text (encoded):UTF8" en_rosalind_treadwell.docx) && cp "$TMP/en_rosalind_treadwell.txt" "$SET/"

# bi_lin_yuting: XeLaTeX + xeCJK + paracol (Traditional) + Markdown twin (typed)
cp "$SRC/tex/bi_lin_yuting.tex" "$TMP/"
(cd "$TMP" && xelatex -interaction=nonstopmode bi_lin_yuting.tex >/dev/null && xelatex -interaction=nonstopmode bi_lin_yuting.tex >/dev/null)
cp "$TMP/bi_lin_yuting.pdf" "$SRC/md/bi_lin_yuting.md" "$SET/"

# bi_ma_xiaolan: hand-written academic HTML (Simplified) + Chromium PDF
cp "$SRC/html/bi_ma_xiaolan.html" "$SET/"
chrome_pdf "$SRC/html/bi_ma_xiaolan.html" "$SET/bi_ma_xiaolan.pdf"

# bi_qu_haiyang: Word file (python-docx, Simplified) + pandoc -f docx -t markdown
docx_py bi_qu_haiyang "$SET/bi_qu_haiyang.docx"
pandoc -f docx -t markdown "$SET/bi_qu_haiyang.docx" -o "$SET/bi_qu_haiyang.md"

# truths and split
$PY "$SRC/truths.py"
$PY "$SRC/copy_truths.py"
$PY "$SRC/split.py"
echo "built: $(ls "$SET" | grep -v -e '\.truth\.json$' -e '^src$' -e '^split.json$' -e '^README.md$' | wc -l) résumé files"
