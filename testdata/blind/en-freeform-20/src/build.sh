#!/usr/bin/env bash
# Rebuild the files of en-freeform-20 from src/ (see src/convert.txt).
# usage: bash src/build.sh [PREFIX]   -- only outputs whose name starts with PREFIX
# Writes only the résumé files and their .truth.json into the set folder; deletes nothing there.
# Outputs named tmp/… are intermediates and live in a temporary folder.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
SET="$(dirname "$SRC")"
PREFIX="${1:-}"
T="$(mktemp -d /tmp/eff20-build.XXXXXX)"
LO_PROFILE="file://$T/lo-profile"
trap 'rm -rf "$T"' EXIT

where() {  # path of an input or output: tmp/x is in the temp folder, src/... in src, else the set folder
  case "$1" in
    tmp/*) echo "$T/${1#tmp/}" ;;
    src/*) echo "$SET/$1" ;;
    *) echo "$SET/$1" ;;
  esac
}

lo() {  # lo FILTER IN OUTDIR
  soffice -env:UserInstallation="$LO_PROFILE" --headless --convert-to "$1" --outdir "$3" "$2" >/dev/null 2>&1
}

latex() {  # latex ENGINE IN OUT
  local d="$T/tex-$(basename "$2" .tex)"
  mkdir -p "$d"
  cp "$2" "$d/"
  cp "$SRC"/tex/*.sty "$d/" 2>/dev/null || true
  (cd "$d" && for _ in 1 2; do "$1" -interaction=nonstopmode -halt-on-error "$(basename "$2")" >/dev/null; done)
  cp "$d/$(basename "$2" .tex).pdf" "$3"
}

build() {  # build OUT METHOD IN
  local out in tmpd
  out="$(where "$1")"; in="$(where "$3")"
  mkdir -p "$(dirname "$out")"
  case "$2" in
    copy) cp "$in" "$out" ;;
    docx-py) /usr/bin/python3 "$in" "$out" ;;
    lo-pdf|lo-txt|lo-html)
      tmpd="$T/lo-out"; rm -rf "$tmpd"; mkdir -p "$tmpd"
      case "$2" in
        lo-pdf) lo pdf "$in" "$tmpd" ;;
        lo-txt) lo "txt:Text (encoded):UTF8" "$in" "$tmpd" ;;
        lo-html) lo "html:XHTML Writer File:UTF8" "$in" "$tmpd" ;;
      esac
      mv "$tmpd"/* "$out" ;;
    chromium-pdf)
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$out" "file://$in" >/dev/null 2>&1 ;;
    pandoc-html)
      pandoc -f markdown-smart -t html5 -s --metadata pagetitle="$(basename "$1" .html)" \
        -H "$SRC/md/md-head.html" -o "$out" "$in" ;;
    pandoc-docx)
      pandoc -f markdown-smart -t docx --reference-doc="$SRC/md/reference.docx" -o "$out" "$in" ;;
    pandoc-plain)
      pandoc -f html -t plain --columns=88 -o "$out" "$in" ;;
    pdflatex) latex pdflatex "$in" "$out" ;;
    xelatex) latex xelatex "$in" "$out" ;;
    pdftotext) pdftotext -enc UTF-8 "$in" "$out" ;;
    pdftotext-layout) pdftotext -layout -enc UTF-8 "$in" "$out" ;;
    pdftotext-raw) pdftotext -raw -enc UTF-8 "$in" "$out" ;;
    *) echo "unknown method $2" >&2; exit 1 ;;
  esac
}

# an intermediate is rebuilt whenever a later output needs it, so a PREFIX build builds
# the tmp/ lines that feed it
needed() {  # needed OUT: is OUT wanted, or an input of a wanted output?
  [ -z "$PREFIX" ] && return 0
  case "$1" in "$PREFIX"*) return 0 ;; esac
  case "$1" in tmp/*) grep -v '^#' "$SRC/convert.txt" | awk -v t="$1" '$3==t{print $1}' | grep -q "^$PREFIX" && return 0 ;; esac
  return 1
}

while read -r out method in; do
  case "$out" in ''|'#'*) continue ;; esac
  needed "$out" || continue
  echo "build $out ($method $in)"
  build "$out" "$method" "$in"
done < "$SRC/convert.txt"

# truths: src/truth/NAME.EXT.json if present, else src/truth/NAME.json
for f in "$SET"/*.txt "$SET"/*.md "$SET"/*.html "$SET"/*.pdf "$SET"/*.docx; do
  [ -e "$f" ] || continue
  b="$(basename "$f")"
  case "$b" in README.md) continue ;; esac
  case "$b" in "$PREFIX"*) ;; *) continue ;; esac
  name="${b%.*}"
  if [ -e "$SRC/truth/$b.json" ]; then t="$SRC/truth/$b.json"; else t="$SRC/truth/$name.json"; fi
  [ -e "$t" ] && cp "$t" "$SET/$b.truth.json"
done
echo done
