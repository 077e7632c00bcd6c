#!/usr/bin/env bash
# Rebuild the résumé files of en-freeform-21 from src/ and copy their truths.
#   bash src/build.sh            # everything
#   bash src/build.sh en_hemi    # only outputs whose name starts with the prefix (and what they need)
# Runs the lines of src/convert.txt in order. Writes only résumé files and *.truth.json into the set
# folder; intermediates (tmp/…) and LaTeX / LibreOffice scratch live in a temporary folder. Never deletes
# anything in the set folder.
set -euo pipefail

SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SET="$(dirname "$SRC")"
PREFIX="${1:-}"
WORK="$(mktemp -d /tmp/enff21-build.XXXXXX)"
LOPROFILE="file://$WORK/lo-profile"
PY=/usr/bin/python3
export SOURCE_DATE_EPOCH=1748736000   # 2025-06-01, for stable PDF metadata where the tools honour it
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/tmp"

# Map a path of convert.txt to a real file: tmp/… lives in $WORK, the rest in the set folder.
real() { case "$1" in tmp/*) echo "$WORK/$1" ;; *) echo "$SET/$1" ;; esac; }

# An output is wanted when it matches the prefix, or when a wanted output is derived from it.
declare -A WANT
mapfile -t LINES < <(grep -v '^[[:space:]]*#' "$SRC/convert.txt" | grep -v '^[[:space:]]*$')
for ((i=${#LINES[@]}-1; i>=0; i--)); do
  read -r out method in <<<"${LINES[$i]}"
  base="${out#tmp/}"
  if [[ -z "$PREFIX" || "$base" == "$PREFIX"* || -n "${WANT[$out]:-}" ]]; then
    WANT[$out]=1
    WANT[$in]=1
  fi
done

lo() {  # lo FILTER INPUT OUTPUT
  local filter="$1" in="$2" out="$3" d="$WORK/lo.$RANDOM"
  mkdir -p "$d"
  soffice -env:UserInstallation="$LOPROFILE" --headless --convert-to "$filter" --outdir "$d" "$in" >/dev/null 2>&1
  mv "$d"/* "$out"
  rmdir "$d"
}

tex() {  # tex ENGINE INPUT OUTPUT   (two runs, stand-in .sty files copied alongside)
  local engine="$1" in="$2" out="$3" d="$WORK/tex.$RANDOM" name
  name="$(basename "$in" .tex)"
  mkdir -p "$d"
  cp "$in" "$SRC"/tex/*.sty "$d"/
  (cd "$d" && for _ in 1 2; do "$engine" -interaction=nonstopmode -halt-on-error "$name.tex" >/dev/null; done)
  cp "$d/$name.pdf" "$out"
}

for line in "${LINES[@]}"; do
  read -r out method in <<<"$line"
  [[ -n "${WANT[$out]:-}" ]] || continue
  o="$(real "$out")"
  i="$(real "$in")"
  echo "  $out <- $method $in"
  case "$method" in
    copy)             cp "$i" "$o" ;;
    pydocx)           "$PY" "$i" "$o" ;;
    lo-pdf)           lo pdf "$i" "$o" ;;
    lo-txt)           lo "txt:Text (encoded):UTF8" "$i" "$o" ;;
    chromium-pdf)     chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                        --print-to-pdf="$o" "file://$i" >/dev/null 2>&1 ;;
    pandoc-docx)      pandoc -f markdown -t docx -o "$o" "$i" ;;
    pandoc-html)      pandoc -f markdown-smart -t html5 -s -H "$SRC/md/site-head.html" -o "$o" "$i" ;;
    xelatex)          tex xelatex "$i" "$o" ;;
    pdflatex)         tex pdflatex "$i" "$o" ;;
    pdftotext)        pdftotext -enc UTF-8 "$i" "$o" ;;
    pdftotext-layout) pdftotext -enc UTF-8 -layout "$i" "$o" ;;
    *) echo "unknown method $method" >&2; exit 1 ;;
  esac
  [[ -s "$o" ]] || { echo "empty output $out" >&2; exit 1; }
done

# Truths: src/truth/NAME.EXT.json overrides src/truth/NAME.json.
for line in "${LINES[@]}"; do
  read -r out method in <<<"$line"
  [[ "$out" == tmp/* ]] && continue
  [[ -n "${WANT[$out]:-}" ]] || continue
  name="${out%.*}"
  if [[ -f "$SRC/truth/$out.json" ]]; then t="$SRC/truth/$out.json"; else t="$SRC/truth/$name.json"; fi
  if [[ -f "$t" ]]; then cp "$t" "$SET/$out.truth.json"; else echo "  (no truth yet for $out)"; fi
done
echo "done."
