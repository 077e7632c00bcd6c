#!/bin/bash
# Rebuild en-freeform-22 from src/ into the set folder. Never deletes anything there.
#   bash src/build.sh [PREFIX]   -- only outputs starting with PREFIX (and the intermediates they need)
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
PREFIX="${1:-}"
TMP="$(mktemp -d /tmp/eff22-XXXXXX)"
mkdir -p "$TMP/tmp"
LO="-env:UserInstallation=file://$TMP/lo-profile"

dest() {  # OUTPUT name -> path (tmp/… lives in the temp folder)
  case "$1" in tmp/*) echo "$TMP/$1" ;; *) echo "$OUT/$1" ;; esac
}
src() {   # INPUT name -> path (tmp/… from the temp folder, else relative to src/)
  case "$1" in tmp/*) echo "$TMP/$1" ;; *) echo "$SRC/$1" ;; esac
}

run() {
  local out="$1" method="$2" in="$3" o i w
  o="$(dest "$out")"; i="$(src "$in")"; w="$TMP/work"; rm -rf "$w"; mkdir -p "$w"
  case "$method" in
    copy) cp "$i" "$o" ;;
    python-docx) (cd "$SRC/docx" && /usr/bin/python3 "$i" "$o") ;;
    lo-pdf|lo-txt)
      cp "$i" "$w/in.${i##*.}"
      if [ "$method" = lo-pdf ]; then
        soffice "$LO" --headless --convert-to pdf --outdir "$w" "$w/in.${i##*.}" >/dev/null 2>&1
        cp "$w/in.pdf" "$o"
      else
        soffice "$LO" --headless --convert-to "txt:Text (encoded):UTF8" --outdir "$w" "$w/in.${i##*.}" >/dev/null 2>&1
        cp "$w/in.txt" "$o"
      fi ;;
    chromium)
      chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$o" "file://$i" >/dev/null 2>&1 ;;
    pandoc-html)
      pandoc -f markdown-smart -t html5 -s --metadata pagetitle="$(basename "$in" .md)" -H "$SRC/md/site-head.html" -o "$o" "$i" ;;
    pandoc-docx)
      pandoc -f markdown-smart -t docx -o "$o" "$i" ;;
    pandoc-pdf)
      pandoc -f markdown-smart --pdf-engine=xelatex -V papersize=letter -V geometry:margin=0.8in \
        -V mainfont="TeX Gyre Heros" -V fontsize=10pt -V pagestyle=empty -o "$o" "$i" ;;
    xelatex|pdflatex)
      cp "$i" "$w/"; for f in "$SRC"/tex/*.sty; do [ -e "$f" ] && cp "$f" "$w/"; done
      local b; b="$(basename "$i" .tex)"
      (cd "$w" && "$method" -interaction=nonstopmode "$b.tex" >/dev/null && "$method" -interaction=nonstopmode "$b.tex" >/dev/null) || { echo "LaTeX failed: $in"; tail -30 "$w/$b.log"; exit 1; }
      cp "$w/$b.pdf" "$o" ;;
    pdftotext) pdftotext "$i" "$o" ;;
    pdftotext-layout) pdftotext -layout "$i" "$o" ;;
    pdftotext-raw) pdftotext -raw "$i" "$o" ;;
    *) echo "unknown method $method"; exit 1 ;;
  esac
  echo "built $out"
}

needed() {  # is OUTPUT needed for PREFIX? (intermediates: when some final output needs it)
  local out="$1"
  [ -z "$PREFIX" ] && return 0
  case "$out" in "$PREFIX"*) return 0 ;; esac
  if [[ "$out" == tmp/* ]]; then
    grep -v '^#' "$SRC/convert.txt" | awk -v x="$out" -v p="$PREFIX" '$3==x && index($1,p)==1 {f=1} END {exit !f}'
    return $?
  fi
  return 1
}

while read -r out method in; do
  [ -z "${out:-}" ] && continue
  case "$out" in \#*) continue ;; esac
  needed "$out" && run "$out" "$method" "$in"
done < "$SRC/convert.txt"

# truths
for f in "$OUT"/*; do
  n="$(basename "$f")"
  case "$n" in *.truth.json|split.json|README.md|src) continue ;; esac
  [ -n "$PREFIX" ] && [[ "$n" != "$PREFIX"* ]] && continue
  person="${n%.*}"
  if [ -e "$SRC/truth/$n.json" ]; then cp "$SRC/truth/$n.json" "$OUT/$n.truth.json"
  elif [ -e "$SRC/truth/$person.json" ]; then cp "$SRC/truth/$person.json" "$OUT/$n.truth.json"
  else echo "no truth for $n"; fi
done
rm -rf "$TMP"
