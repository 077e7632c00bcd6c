#!/usr/bin/env bash
# Regenerates the PDF and DOCX fixtures in testdata/formats/ from their HTML
# sources. For developers only: tests never run this; the generated files are
# checked in. Needs (Debian):
#   apt-get install -y chromium libreoffice-writer poppler-utils fonts-noto-cjk
# Versions used for the checked-in files are in testdata/formats/README.md.
#
#   NAME.pdf         Chromium headless "print to PDF" of NAME.html
#   NAME.docx        LibreOffice Writer HTML import -> "MS Word 2007 XML"
#   bi_compact.lo.pdf  LibreOffice PDF export of bi_compact.docx
#
# LibreOffice ignores CSS display:none, so after conversion the text of every
# display:none element is marked hidden (<w:vanish/>) in word/document.xml,
# which is how Word itself imports such an element. Only zh_jobsite has one.
set -euo pipefail

cd "$(dirname "$0")/../testdata/formats"
DIR=$PWD
CHROMIUM=${CHROMIUM:-chromium}
SOFFICE=${SOFFICE:-soffice}
NAMES=(zh_onecol en_sidebar zh_jobsite en_codehost bi_compact)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# A private LibreOffice profile, so a running LibreOffice does not get in the way.
LOPROFILE="-env:UserInstallation=file://$WORK/lo-profile"

for n in "${NAMES[@]}"; do
  echo "== $n" >&2
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$WORK/chromium-$n" \
    --print-to-pdf="$DIR/$n.pdf" --no-pdf-header-footer \
    "file://$DIR/$n.html" 2>/dev/null

  "$SOFFICE" "$LOPROFILE" --headless \
    --convert-to docx:"MS Word 2007 XML" --outdir "$DIR" "$DIR/$n.html" >/dev/null
done

# Mark display:none text as hidden in the DOCX files (see above).
for n in "${NAMES[@]}"; do
  python3 - "$DIR/$n.html" "$DIR/$n.docx" <<'PY'
import html, os, re, shutil, sys, tempfile, zipfile

src, docx = sys.argv[1], sys.argv[2]
page = open(src, encoding="utf-8").read()
hidden = []
for m in re.finditer(r'<(\w+)[^>]*style="[^"]*display:\s*none[^"]*"[^>]*>(.*?)</\1>', page, re.S):
    text = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
    hidden.append(re.sub(r"\s+", "", text))
if not hidden:
    sys.exit(0)

# w:vanish goes before these run properties (CT_RPr sequence order).
AFTER = ("color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u",
         "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
         "eastAsianLayout", "specVanish", "oMath")

def add_vanish(rpr_inner):
    for m in re.finditer(r"<w:(\w+)[ />]", rpr_inner):
        if m.group(1) in AFTER:
            return rpr_inner[:m.start()] + "<w:vanish/>" + rpr_inner[m.start():]
    return rpr_inner + "<w:vanish/>"

def hide(par):
    par = re.sub(r"<w:rPr>(.*?)</w:rPr>", lambda m: "<w:rPr>" + add_vanish(m.group(1)) + "</w:rPr>", par, flags=re.S)
    par = re.sub(r"<w:rPr/>", "<w:rPr><w:vanish/></w:rPr>", par)
    return re.sub(r"<w:r>(?!<w:rPr>)", "<w:r><w:rPr><w:vanish/></w:rPr>", par)

zin = zipfile.ZipFile(docx)
xml = zin.read("word/document.xml").decode("utf-8")
count = 0
def repl(m):
    global count
    par = m.group(0)
    text = html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", par)))
    if re.sub(r"\s+", "", text) in hidden:
        count += 1
        return hide(par)
    return par
xml = re.sub(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", repl, xml, flags=re.S)
if count != len(hidden):
    sys.exit(f"{docx}: marked {count} hidden paragraphs, expected {len(hidden)}")

tmp = tempfile.NamedTemporaryFile(delete=False, suffix=".docx").name
with zipfile.ZipFile(tmp, "w") as zout:
    for info in zin.infolist():
        data = xml.encode("utf-8") if info.filename == "word/document.xml" else zin.read(info)
        zout.writestr(info, data)
zin.close()
os.chmod(tmp, 0o644)
shutil.move(tmp, docx)
print(f"{docx}: marked {count} display:none paragraph(s) hidden", file=sys.stderr)
PY
done

# LibreOffice's own PDF of one DOCX (a second PDF producer).
mkdir -p "$WORK/lopdf"
"$SOFFICE" "$LOPROFILE" --headless --convert-to pdf --outdir "$WORK/lopdf" "$DIR/bi_compact.docx" >/dev/null
mv "$WORK/lopdf/bi_compact.pdf" "$DIR/bi_compact.lo.pdf"

ls -l "$DIR"/*.pdf "$DIR"/*.docx >&2
