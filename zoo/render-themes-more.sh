#!/usr/bin/env bash
# Render the zoo resumes (zoo/resumes/*.json) through a third set of published
# npm JSON Resume themes (the others are zoo/render-themes.sh and
# zoo/render-themes-extra.sh) into testdata/zoo/theme-NAME/RESUME.{html,pdf,txt,docx},
# each with its truth RESUME.EXT.truth.json derived by zoo/truth.py from the
# text the file shows. Unlike the other two sets, every theme renders all the
# resumes (17), not 6 of them.
#
#   bash zoo/render-themes-more.sh               # all themes
#   bash zoo/render-themes-more.sh apage hexagon # only these
#   TRUTHS_ONLY=1 bash zoo/render-themes-more.sh # keep the rendered files, derive
#                                                # the truths again (after a change
#                                                # to zoo/truth.py)
#
# Needs node/npm (themes are installed from zoo/themes-more/package-lock.json),
# chromium, pdftotext (poppler-utils), soffice (libreoffice-writer) and the
# font fonts-droid-fallback, which Chromium is made to use for Chinese
# (zoo/themes-more/fonts.conf says why). Idempotent: each theme's directory is
# removed and made again. Tool versions go to zoo/themes-more/VERSIONS.txt, one
# row per file to zoo/themes-more/MANIFEST.tsv. zoo/themes-more/render.js is a
# copy of zoo/themes/render.js (it must resolve the themes from its own folder);
# zoo/themes-more/slim.js makes the pages of two themes smaller (see SLIM).
#
# Held out for acceptance testing, never rendered here: even, stackoverflow,
# elegant, macchiato, kendall (and their forks; caffeine and mocha-responsive,
# macchiato's family, are left out too).
set -euo pipefail
export TZ=UTC LC_ALL=C.UTF-8

ZOO=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$ZOO")
THEMES_DIR=$ZOO/themes-more
OUT=$ROOT/testdata/zoo
RES=$ZOO/resumes

# Themes (chosen for layouts unlike those of the other sets): apage (Chinese
# section labels in a narrow left column), hexagon (dark sidebar, hexagon icon
# headings, highlights as chips), spartacus (contact, skills and education in a
# left column), mantra (monospace, label/value grid), folio (contact chips,
# "Position at Company" lines), straightforward (dense serif, dates flush
# right), wraypro (section headings flush right), srt (small-caps header,
# skills in a grid of columns), tachyons-clean (plain heading hierarchy),
# 8-bit-sheep (ASCII-art mark, contacts flush right), standard-resume (one
# "Position | date" line a job).
# Quirks, kept as a reader meets them: apage, spartacus, srt, standard-resume,
# tachyons-clean and wraypro print no company name for a job (they read the
# schema-0.x field `company`); hexagon ends a current job at the month of
# rendering ("Mar 2021 - Dec 2026": the truth has no end date, as the resume
# has none) and prints no skills without a numeric level; standard-resume
# prints publications under the heading "Projects" and no skills; apage picks
# its labels by $LANG (set per resume below).
# Tried and left out: orbit and kards (throw on a skill without a level), elite
# and dave (throw on most resumes), ace (prints job lengths counted to the day
# of rendering; its page needs a CDN stylesheet), material (unreadable without
# its CDN stylesheet), verbum (Chromium prints 100+ pages), responsive (a black
# page: its text is shown by scripts), msresume and techlead (no company, and
# techlead no position either).
ALL_THEMES=(apage hexagon spartacus mantra folio straightforward wraypro srt tachyons-clean 8-bit-sheep standard-resume)
# the KEEP_CJK_PDFS rotation goes on from where the other two sets (15 + 7
# themes) stop
ROTATION_OFFSET=22

# Pages slimmed before printing (zoo/themes-more/slim.js): apage inlines the
# whole of Tailwind (680 KB a page; PurgeCSS keeps the rules the page uses,
# the page looks the same), 8-bit-sheep embeds six Helvetica Neue fonts
# (370 KB a page; dropped, the text falls back to the system's sans-serif).
declare -A SLIM=([apage]=--purge [8-bit-sheep]=--drop-fonts)

RESUMES=()
for f in "$RES"/*.json; do RESUMES+=("$(basename "$f" .json)"); done

# The renderer's locale follows the resume's language (apage reads $LANG).
lang_of() { case $1 in en_*) echo en_US.UTF-8 ;; *) echo zh_CN.UTF-8 ;; esac; }

# Chromium PDFs of Chinese text are big (fonts embedded, bold synthesised as
# Type 3 glyphs: 100-500 KB a file). To stay within the size budget a
# theme keeps the PDF of KEEP_CJK_PDFS of its Chinese/bilingual resumes
# (rotating); the others get .html, .txt (from the PDF) and .docx only.
KEEP_CJK_PDFS=${KEEP_CJK_PDFS:-3}
TRUTHS_ONLY=${TRUTHS_ONLY:-0}

if [ $# -gt 0 ]; then THEMES=("$@"); else THEMES=("${ALL_THEMES[@]}"); fi

for tool in node npm chromium pdftotext soffice python3; do
  command -v $tool >/dev/null || { echo "missing: $tool" >&2; exit 1; }
done

cd "$THEMES_DIR"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --ignore-scripts --no-audit --no-fund
fi
# the resumes are validated with zoo/themes' validator when it is installed
if [ -d "$ZOO/themes/node_modules" ]; then node "$ZOO/themes/validate.js" "$RES"/*.json; fi

CHROMIUM_V=$(chromium --version 2>/dev/null | awk 'NR == 1 {print $1, $2}')
PDFTOTEXT_V=$(pdftotext -v 2>&1 | awk 'NR == 1 {print $3}')
SOFFICE_V=$(soffice --version 2>/dev/null | awk 'NR == 1 {print $1, $2}')
NODE_V=$(node --version)
theme_version() { node -p "require('jsonresume-theme-$1/package.json').version"; }
{
  echo "node $NODE_V"
  echo "npm $(npm --version)"
  echo "$CHROMIUM_V"
  echo "pdftotext $PDFTOTEXT_V"
  echo "$SOFFICE_V"
  for t in "${ALL_THEMES[@]}"; do echo "jsonresume-theme-$t@$(theme_version $t)"; done
} > "$THEMES_DIR/VERSIONS.txt"

LO_PROFILE=$(mktemp -d /tmp/zoo-lo-XXXXXX)
WORK=$(mktemp -d /tmp/zoo-themes-XXXXXX)
trap 'rm -rf "$LO_PROFILE" "$WORK"' EXIT
soffice_run() { timeout -k 10 60 soffice -env:UserInstallation=file://$LO_PROFILE --headless "$@" >/dev/null 2>&1; }

MANIFEST=$THEMES_DIR/MANIFEST.tsv
TMP_MANIFEST=$WORK/manifest.tsv
if [ -f "$MANIFEST" ]; then tail -n +2 "$MANIFEST" > "$TMP_MANIFEST"; else : > "$TMP_MANIFEST"; fi

print_pdf() { # html, pdf
  local prof
  prof=$(mktemp -d /tmp/zoo-chromium-XXXXXX)
  FONTCONFIG_FILE=$THEMES_DIR/fonts.conf timeout 180 chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$prof" --no-pdf-header-footer --print-to-pdf="$2" "file://$1" >/dev/null 2>&1 || true
  rm -rf "$prof"
}

index_of() { local i; for i in "${!ALL_THEMES[@]}"; do [ "${ALL_THEMES[$i]}" = "$1" ] && echo $i && return; done; echo -1; }

for t in "${THEMES[@]}"; do
  i=$(index_of "$t")
  [ "$i" -ge 0 ] || { echo "unknown theme $t" >&2; exit 1; }
  i=$((i + ROTATION_OFFSET))
  layout=theme-$t
  dir=$OUT/$layout
  ver=$(theme_version "$t")
  producer="jsonresume-theme-$t@$ver"
  [ -z "${SLIM[$t]:-}" ] || producer="$producer + slim.js ${SLIM[$t]}"
  echo "== $layout ($producer)"
  grep -v "^testdata/zoo/$layout/" "$TMP_MANIFEST" > "$TMP_MANIFEST.new" || true
  mv "$TMP_MANIFEST.new" "$TMP_MANIFEST"
  done_list=()
  rm -rf "$WORK/docxtxt"; mkdir -p "$WORK/docxtxt"
  if [ "$TRUTHS_ONLY" = 1 ]; then
    # the rendered files are there: only the texts for the truths are made
    [ -d "$dir" ] || { echo "   not rendered yet" >&2; continue; }
    for h in "$dir"/*.html; do
      r=$(basename "$h" .html)
      pdf=$dir/$r.pdf
      if [ ! -s "$pdf" ]; then
        pdf=$WORK/$r.pdf
        print_pdf "$h" "$pdf"
      fi
      pdftotext -raw "$pdf" "$WORK/$r.raw.txt"
      done_list+=("$r")
    done
  else
    rm -rf "$dir"
    mkdir -p "$dir"
    render_one() { # resume: html, pdf and txt, or nothing
      local r=$1
      # (stdout dropped, stderr kept for the message: 8-bit-sheep warns on
      # every page)
      if ! LANG=$(lang_of "$r") node "$THEMES_DIR/render.js" "$RES/$r.json" "$t" "$dir/$r.html" > /dev/null 2> "$WORK/err"; then
        echo "   $r: render failed: $(grep -m1 -E 'Error' "$WORK/err" || head -1 "$WORK/err")" >&2
        rm -f "$dir/$r.html"
        return 1
      fi
      if [ -n "${SLIM[$t]:-}" ] && ! node "$THEMES_DIR/slim.js" "$dir/$r.html" ${SLIM[$t]} 2> "$WORK/err"; then
        echo "   $r: $(head -1 "$WORK/err")" >&2
        rm -f "$dir/$r.html"
        return 1
      fi
      print_pdf "$dir/$r.html" "$dir/$r.pdf"
      if [ ! -s "$dir/$r.pdf" ]; then echo "   $r: no PDF" >&2; rm -f "$dir/$r".*; return 1; fi
      pdftotext -layout "$dir/$r.pdf" "$dir/$r.txt"
      pdftotext -raw "$dir/$r.pdf" "$WORK/$r.raw.txt"
      done_list+=("$r")
    }
    for r in "${RESUMES[@]}"; do render_one "$r" || true; done
    # keep the PDF of KEEP_CJK_PDFS Chinese/bilingual resumes (rotating by theme)
    cjk=(); for r in "${done_list[@]}"; do case $r in zh_* | bi_*) cjk+=("$r") ;; esac; done
    for ((k = 0; k < ${#cjk[@]}; k++)); do
      if [ $(((k - i % ${#cjk[@]} + ${#cjk[@]}) % ${#cjk[@]})) -ge "$KEEP_CJK_PDFS" ]; then
        mv "$dir/${cjk[$k]}.pdf" "$WORK/"
      fi
    done
    # DOCX from the HTML (LibreOffice), and the DOCX's own text for its truth.
    # One file at a time under a timeout: Writer's HTML import can loop for ever
    # on a page (onepage + zh_backend_senior_wang does); that resume gets no DOCX.
    for r in "${done_list[@]}"; do
      if ! soffice_run --convert-to 'docx:MS Word 2007 XML' --outdir "$dir" "$dir/$r.html" || [ ! -s "$dir/$r.docx" ]; then
        echo "   $r: no DOCX (LibreOffice failed or timed out)" >&2
        rm -f "$dir/$r.docx"
      fi
    done
    rm -f "$dir"/.~lock.* "$dir"/lu*.tmp
  fi
  for r in "${done_list[@]}"; do
    [ -s "$dir/$r.docx" ] && { soffice_run --convert-to 'txt:Text (encoded):UTF8' --outdir "$WORK/docxtxt" "$dir/$r.docx" || true; }
  done
  for r in "${done_list[@]}"; do
    for ext in html pdf txt docx; do
      f=$dir/$r.$ext
      if [ ! -s "$f" ]; then
        [ "$ext" = pdf ] || [ "$ext" = docx ] || echo "   $r.$ext missing" >&2
        continue
      fi
      # the text the file shows: for the PDF and the HTML, pdftotext of the PDF
      # in -layout and in -raw order (the first interleaves columns, the second
      # keeps them apart); for the .txt the file itself; for the DOCX its text
      # as LibreOffice saves it
      case $ext in
        docx) texts=("$WORK/docxtxt/$r.txt"); prod="$producer + $SOFFICE_V" ;;
        html) texts=("$dir/$r.txt" "$WORK/$r.raw.txt"); prod="$producer (node $NODE_V)" ;;
        pdf) texts=("$dir/$r.txt" "$WORK/$r.raw.txt"); prod="$producer + $CHROMIUM_V" ;;
        txt) texts=("$dir/$r.txt"); prod="$producer + $CHROMIUM_V + pdftotext -layout $PDFTOTEXT_V" ;;
      esac
      [ -s "${texts[0]}" ] || { echo "   $r.$ext: no text for truth" >&2; continue; }
      python3 "$ZOO/truth.py" "$RES/$r.json" "${texts[@]}" > "$f.truth.json"
      printf '%s\t%s\t%s\t%s\t%s\n' "testdata/zoo/$layout/$r.$ext" "$layout" "$r" "$ext" "$prod" >> "$TMP_MANIFEST"
    done
  done
  echo "   ${#done_list[@]} resumes: ${done_list[*]:-}"
done

{ printf 'path\tlayout\tresume\tformat\tproducer\n'; sort "$TMP_MANIFEST"; } > "$MANIFEST"
dirs=(); for t in "${ALL_THEMES[@]}"; do [ -d "$OUT/theme-$t" ] && dirs+=("$OUT/theme-$t"); done
du -sh "${dirs[@]}" | awk '{printf "%s %s\n", $1, $2}'
echo "total: $(du -ch "${dirs[@]}" | tail -1 | cut -f1)"
