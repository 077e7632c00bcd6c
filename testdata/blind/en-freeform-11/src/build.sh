#!/bin/bash
# Rebuild every file of this set from src/ and copy the truths beside them.
#   src/build.sh            rebuild all
#   src/build.sh NAME ...   rebuild only the files whose name starts with NAME (e.g. en_jory_penhale)
# Needs: /usr/bin/python3 with python3-docx, pandoc, libreoffice-writer, chromium, groff + ghostscript
# (ps2pdf), texlive-xetex (+ xeCJK from texlive-lang-chinese), tex-gyre, fonts-noto-cjk,
# fonts-crosextra-carlito, fonts-liberation, fonts-dejavu, bsdextrautils (col).
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1
SET="$(cd "$(dirname "$0")/.." && pwd)"
SRC="$SET/src"
TMP="$(mktemp -d /tmp/en11-build.XXXXXX)"
LO="-env:UserInstallation=file://$TMP/lo-profile"
trap 'rm -rf "$TMP"' EXIT

want() {  # true if no names were given or $1 starts with one of them
  [ $# -ge 1 ] || return 0
  local f="$1"; shift
  [ $# -eq 0 ] && return 0
  for n in "$@"; do case "$f" in "$n".*) return 0;; esac; done
  return 1
}

lo_convert() {  # lo_convert FILTER INPUT OUTPUT
  rm -rf "$TMP/lo-out"; mkdir -p "$TMP/lo-out"
  soffice "$LO" --headless --convert-to "$1" --outdir "$TMP/lo-out" "$2" >/dev/null 2>&1
  mv "$TMP/lo-out/"* "$3"
}

while IFS=$'\t' read -r out how in; do
  case "$out" in ''|'#'*) continue;; esac
  want "$out" "$@" || continue
  o="$SET/$out"; i="$SET/$in"
  case "$how" in
    copy)            cp "$i" "$o" ;;
    python-docx)     (cd "$SRC/docx" && /usr/bin/python3 "$(basename "$i")" "$o") ;;
    libreoffice-pdf) lo_convert pdf "$i" "$o" ;;
    libreoffice-txt) lo_convert "txt:Text (encoded):UTF8" "$i" "$o" ;;
    groff-utf8)      groff -man -Tutf8 -k "$i" 2>/dev/null | col -bx > "$o" ;;
    groff-ps2pdf)    groff -man -Tps -k "$i" > "$TMP/man.ps" && ps2pdf "$TMP/man.ps" "$o" ;;
    pandoc-docx)     pandoc -f markdown -t docx "$i" -o "$o" ;;
    pandoc-html)     pandoc -f markdown -t html5 -s -H "$SRC/md-head.html" \
                       --metadata pagetitle="$(head -1 "$i" | sed 's/^# //') — CV" "$i" -o "$o" ;;
    pandoc-plain)    pandoc -f markdown -t plain --columns=100 "$i" -o "$o" ;;
    pandoc-xelatex)  pandoc -f markdown "$i" -o "$o" --pdf-engine=xelatex \
                       -V mainfont="TeX Gyre Pagella" -V geometry:margin=2.3cm -V fontsize=10pt ;;
    pandoc-xelatex-cjk) pandoc -f markdown "$i" -o "$o" --pdf-engine=xelatex \
                       -V mainfont="TeX Gyre Heros" -V CJKmainfont="Noto Sans CJK SC" \
                       -V geometry:margin=1.9cm -V fontsize=10pt ;;
    chromium)        chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                       --print-to-pdf="$o" "file://$i" >/dev/null 2>&1 ;;
    *) echo "unknown producer $how for $out" >&2; exit 1 ;;
  esac
  base="${out%.*}"
  if [ -f "$SRC/truth/$out.json" ]; then t="$SRC/truth/$out.json"; else t="$SRC/truth/$base.json"; fi
  cp "$t" "$o.truth.json"
  echo "built $out ($how)"
done < "$SRC/producers.tsv"
