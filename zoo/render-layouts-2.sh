#!/usr/bin/env bash
# Regenerate the second set of generator layouts of the zoo (currvita,
# europasscv, ctexart numbered/tabularx, pandoc RST -> DOCX with a reference
# doc, Asciidoctor HTML, LibreOffice flat-ODT frames/merged cells,
# python-docx sidebar, groff -mm) from zoo/resumes/*.json:
#   testdata/zoo/LAYOUT/RESUME.EXT + RESUME.EXT.truth.json  (made by zoo/truth.py)
#   zoo/layouts-2/MANIFEST.tsv  (path, layout, resume, format, producer)
#   zoo/layouts-2/VERSIONS.txt  (tool and class versions used)
# The first set (zoo/render-layouts.sh, zoo/layouts/) and the npm themes are left alone.
#
# usage: zoo/render-layouts-2.sh [--only LAYOUT[,LAYOUT]] [--jobs N] [--no-truth]
#        ZOO_INSTALL=1 zoo/render-layouts-2.sh   # apt-get install what is missing first (root)
#        ZOO_BUILD2=/tmp/dir zoo/render-layouts-2.sh   # scratch folder (default /tmp/zoo-layouts2-build)
# Layouts: latex-currvita latex-europasscv latex-ctexnum pandoc-rst-docx
#          asciidoctor-html lo-fodt-frames pydocx-sidebar groff-mm
# Idempotent: each run removes and rewrites only its own layout folders (with
# --only, just those) and rewrites the manifest rows of the layouts it ran.
# A full run takes about 17 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBS="texlive-latex-extra texlive-xetex texlive-lang-chinese texlive-fonts-recommended
      fonts-noto-cjk fonts-crosextra-carlito pandoc asciidoctor libreoffice-writer python3-docx
      poppler-utils groff chromium"

missing=()
for t in pdflatex xelatex kpsewhich pandoc asciidoctor soffice groff pdftotext chromium; do
  command -v "$t" >/dev/null 2>&1 || missing+=("$t")
done
/usr/bin/python3 -c 'import docx' 2>/dev/null || missing+=("python3-docx")
for f in currvita.sty europasscv.cls ctexart.cls xeCJK.sty tabularx.sty titlesec.sty charter.sty mathpazo.sty; do
  command -v kpsewhich >/dev/null 2>&1 && [ -n "$(kpsewhich "$f")" ] || missing+=("$f")
done
case "$(fc-list : family 2>/dev/null)" in *"Noto Serif CJK SC"*) ;; *) missing+=("fonts-noto-cjk") ;; esac
[ -e /usr/share/groff/current/font/devpdf/DESC ] || missing+=("groff(devpdf)")
[ -e /usr/share/groff/current/tmac/m.tmac ] || missing+=("groff(-mm)")

if [ ${#missing[@]} -gt 0 ]; then
  if [ "${ZOO_INSTALL:-0}" = 1 ]; then
    apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $DEBS
  else
    echo "missing: ${missing[*]}" >&2
    echo "install with: apt-get install $(echo $DEBS)   (or run with ZOO_INSTALL=1)" >&2
    exit 2
  fi
fi

[ -f zoo/truth.py ] || { echo "zoo/truth.py missing" >&2; exit 2; }
[ -f zoo/layouts/jrlib.py ] || { echo "zoo/layouts/jrlib.py missing" >&2; exit 2; }
ls zoo/resumes/*.json >/dev/null 2>&1 || { echo "no zoo/resumes/*.json" >&2; exit 2; }

export PYTHONDONTWRITEBYTECODE=1
exec python3 zoo/layouts-2/render2.py "$@"
