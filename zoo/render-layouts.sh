#!/usr/bin/env bash
# Regenerate the generator layouts of the zoo (LaTeX CV classes, pandoc,
# LibreOffice, python-docx, groff) from zoo/resumes/*.json:
#   testdata/zoo/LAYOUT/RESUME.EXT + RESUME.EXT.truth.json  (made by zoo/truth.py)
#   zoo/layouts/MANIFEST.tsv  (path, layout, resume, format, producer)
#   zoo/layouts/VERSIONS.txt  (tool and class versions used)
# The npm-theme layouts (testdata/zoo/theme-*) are made elsewhere and left alone.
#
# usage: zoo/render-layouts.sh [--only LAYOUT[,LAYOUT]] [--jobs N] [--no-truth]
#        ZOO_INSTALL=1 zoo/render-layouts.sh   # apt-get install what is missing first (root)
# Idempotent: each run removes and rewrites only its own layout folders.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBS="texlive-latex-extra texlive-fonts-extra texlive-xetex texlive-luatex texlive-lang-chinese
      fonts-noto-cjk pandoc libreoffice-writer python3-docx poppler-utils groff chromium"

missing=()
for t in pdflatex xelatex lualatex kpsewhich pandoc soffice groff pdftotext chromium; do
  command -v "$t" >/dev/null 2>&1 || missing+=("$t")
done
/usr/bin/python3 -c 'import docx' 2>/dev/null || missing+=("python3-docx")
for f in moderncv.cls europecv.cls curve.cls paracol.sty fontawesome5.sty ctexart.cls xeCJK.sty; do
  command -v kpsewhich >/dev/null 2>&1 && [ -n "$(kpsewhich "$f")" ] || missing+=("$f")
done
case "$(fc-list : family 2>/dev/null)" in *"Noto Serif CJK SC"*) ;; *) missing+=("fonts-noto-cjk") ;; esac
[ -e /usr/share/groff/current/font/devpdf/DESC ] || missing+=("groff(devpdf)")

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
ls zoo/resumes/*.json >/dev/null 2>&1 || { echo "no zoo/resumes/*.json" >&2; exit 2; }

export PYTHONDONTWRITEBYTECODE=1
exec python3 zoo/layouts/render.py "$@"
