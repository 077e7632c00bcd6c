#!/bin/bash
# Rebuilds every file of en-freeform-23 into the folder above src/. Never deletes anything.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$SRC/tmp"
mkdir -p "$TMP"
LO="-env:UserInstallation=file:///tmp/lo-enff23-$$"
CHROME="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"
cd "$SRC"

# hand-typed files, copied
cp txt/en_dana_kettleson.txt  "$OUT/en_dana_kettleson.txt"
cp txt/bi_kuo_pohan.txt       "$OUT/bi_kuo_pohan.txt"
cp rst/en_adaeze_okwuosa.rst  "$OUT/en_adaeze_okwuosa.txt"
cp org/en_kavitha_ramasamy.org "$OUT/en_kavitha_ramasamy.txt"
cp md/en_oisin_fennelly.md    "$OUT/en_oisin_fennelly.md"
cp md/en_brianna_lockyer.md   "$OUT/en_brianna_lockyer.md"
cp md/en_ananya_rawat.md      "$OUT/en_ananya_rawat.md"
cp md/bi_mak_chunhei.md       "$OUT/bi_mak_chunhei.md"
cp html/en_yesenia_calderon_ruiz.html "$OUT/en_yesenia_calderon_ruiz.html"
cp html/en_brian_kilonzo.html "$OUT/en_brian_kilonzo.html"
cp html/bi_yap_siewlin.html   "$OUT/bi_yap_siewlin.html"
cp html/bi_kuo_pohan.html     "$OUT/bi_kuo_pohan.html"

# python-docx
/usr/bin/python3 docx/en_dana_kettleson.py txt/en_dana_kettleson.txt "$OUT/en_dana_kettleson.docx"
/usr/bin/python3 docx/en_refilwe_nkadimeng.py "$OUT/en_refilwe_nkadimeng.docx"
/usr/bin/python3 docx/en_gordon_brekke.py "$OUT/en_gordon_brekke.docx"
/usr/bin/python3 docx/bi_yap_siewlin.py "$OUT/bi_yap_siewlin.docx"

# LibreOffice
soffice $LO --headless --convert-to pdf --outdir "$OUT" "$OUT/en_refilwe_nkadimeng.docx" >/dev/null 2>&1
soffice $LO --headless --convert-to pdf --outdir "$TMP" "$OUT/en_gordon_brekke.docx" >/dev/null 2>&1
pdftotext -layout "$TMP/en_gordon_brekke.pdf" "$OUT/en_gordon_brekke.txt"
soffice $LO --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$OUT" html/en_brian_kilonzo.html >/dev/null 2>&1

# LaTeX
TEXTMP="$(mktemp -d /tmp/enff23-tex.XXXXXX)"   # LaTeX aux files stay outside the set
cp tex/*.tex "$TEXTMP/"
(cd "$TEXTMP" && pdflatex -interaction=nonstopmode en_callum_ashdown.tex >/dev/null && pdflatex -interaction=nonstopmode en_callum_ashdown.tex >/dev/null)
cp "$TEXTMP/en_callum_ashdown.pdf" "$OUT/en_callum_ashdown.pdf"
pdftotext -layout "$OUT/en_callum_ashdown.pdf" "$OUT/en_callum_ashdown.txt"
(cd "$TEXTMP" && pdflatex -interaction=nonstopmode en_ananya_rawat.tex >/dev/null && pdflatex -interaction=nonstopmode en_ananya_rawat.tex >/dev/null)
cp "$TEXTMP/en_ananya_rawat.pdf" "$OUT/en_ananya_rawat.pdf"
(cd "$TEXTMP" && xelatex -interaction=nonstopmode bi_mak_chunhei.tex >/dev/null)
cp "$TEXTMP/bi_mak_chunhei.pdf" "$OUT/bi_mak_chunhei.pdf"

# pandoc / docutils
pandoc -f markdown-smart -t html5 -s -H md/md-head.html --metadata pagetitle="Oisín Fennelly – CV" \
  md/en_oisin_fennelly.md -o "$OUT/en_oisin_fennelly.html"
pandoc -f markdown -t docx md/en_brianna_lockyer.md -o "$OUT/en_brianna_lockyer.docx"
python3 -c "from docutils.core import publish_file; publish_file(source_path='rst/en_adaeze_okwuosa.rst', destination_path='$OUT/en_adaeze_okwuosa.html', writer_name='html5', settings_overrides={'embed_stylesheet': True})" >/dev/null
pandoc -f org -t html5 -s -H org-head.html org/en_kavitha_ramasamy.org -o "$TMP/en_kavitha_ramasamy.html"

# Chromium
$CHROME --print-to-pdf="$OUT/en_yesenia_calderon_ruiz.pdf" "file://$SRC/html/en_yesenia_calderon_ruiz.html" 2>/dev/null
$CHROME --print-to-pdf="$OUT/en_kavitha_ramasamy.pdf" "file://$TMP/en_kavitha_ramasamy.html" 2>/dev/null

# truths: src/truth/NAME.EXT.json overrides src/truth/NAME.json
for f in "$OUT"/en_* "$OUT"/bi_*; do
  case "$f" in *.truth.json) continue;; esac
  b="$(basename "$f")"; n="${b%.*}"
  if [ -f "truth/$b.json" ]; then t="truth/$b.json"; else t="truth/$n.json"; fi
  cp "$t" "$OUT/$b.truth.json"
done
python3 split.py
echo "built $(ls "$OUT" | grep -v truth | grep -c '^e\|^b') files"
