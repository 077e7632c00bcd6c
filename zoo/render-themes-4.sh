#!/usr/bin/env bash
# Render the zoo resumes (zoo/resumes/*.json) through a fourth set of published
# npm JSON Resume themes (the others are zoo/render-themes.sh,
# zoo/render-themes-extra.sh and zoo/render-themes-more.sh) into
# testdata/zoo/theme-NAME/RESUME.{html,pdf,txt,docx}, each with its truth
# RESUME.EXT.truth.json derived by zoo/truth.py from the text the file shows.
# As in the third set, every theme renders all the resumes (17) it can.
#
#   bash zoo/render-themes-4.sh                 # all themes
#   bash zoo/render-themes-4.sh contempo kate   # only these
#   TRUTHS_ONLY=1 bash zoo/render-themes-4.sh   # keep the rendered files, derive
#                                               # the truths again (after a change
#                                               # to zoo/truth.py)
#
# Needs node/npm (themes are installed from zoo/themes-4/package-lock.json into
# zoo/themes-4/node_modules), chromium, pdftotext (poppler-utils), soffice
# (libreoffice-writer) and the font fonts-droid-fallback, which Chromium is made
# to use for Chinese (zoo/themes-4/fonts.conf says why). Idempotent: each
# theme's directory is removed and made again. Tool versions go to
# zoo/themes-4/VERSIONS.txt, one row per file to zoo/themes-4/MANIFEST.tsv.
# zoo/themes-4/render.js is a copy of zoo/themes/render.js (it must resolve the
# themes from its own folder) that also finds the folder of a theme whose
# package.json "exports" hides ./package.json (colophon). No page here needs
# slimming (the biggest is about 20 KB), so there is no slim.js.
#
# Held out for acceptance testing, never rendered here: even, stackoverflow,
# elegant, macchiato, kendall (and their forks; caffeine and mocha-responsive,
# macchiato's family, are left out too).
set -euo pipefail
export TZ=UTC LC_ALL=C.UTF-8

ZOO=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$ZOO")
THEMES_DIR=$ZOO/themes-4
OUT=$ROOT/testdata/zoo
RES=$ZOO/resumes

# Themes (chosen for layouts unlike those of the other sets, and published
# packages that the registry serves): colophon (warm serif, a two-column
# header, dates in a right-hand column), boilerplate (the official bare theme:
# label/value rows, "Location", "Profiles" as tables, ISO dates on a line of
# their own), contempo ("Résumé of NAME", LaTeX-like rules, dates flush right),
# cora (a centred serif header with icon links, small-caps section labels),
# flat-fr (flat's layout with French headings: "A propos", "Expérience",
# "Compétences"), full (short's layout: red section labels, company on a line
# of its own above the position), kate (onepage/dave family: name and headline
# on one line, skills first, dates flush right), onepageresume (section names
# in a narrow left column, italic dates right), paper-plus-plus (small-caps
# section labels and the dates in a left column, a table for each job),
# pumpkin (a dark header band, orange headings, "Jan 2021 - Dec 2026").
# Quirks, kept as a reader meets them: boilerplate, contempo, cora, flat-fr,
# kate, onepageresume, paper-plus-plus and pumpkin print no company name for a
# job (they read the schema-0.x field `company`; kate prints ", Principal SRE",
# cora "Principal SRE,"); onepageresume and paper-plus-plus print no position
# either (paper-plus-plus prints "POSITION at COMPANY" only when both
# schema-0.x fields are there), so a job is its dates and its text: the truth
# has no work section, and that text goes to lenient. contempo prints no
# institution ("Computer Engineering – Bachelor of Science ... Completed in May
# 2007"), no headline, and the name and city in capitals; cora prints
# education and award dates as "2014-Sep - 2017-Jun"; flat-fr prints awards
# under the heading "Certifications" ("Certifié le 2023-11 par ..."; the truth
# keeps them as awards, as the resume has them) and its headings in French
# ("A propos", "Expérience", "Talents", "Langues"), colophon its headings in
# English for a Chinese resume and the profiles as bare network names (GitHub /
# LinkedIn); pumpkin ends a current job at the month of rendering ("Jan 2021 —
# Dec 2026": the truth has no end date, as the resume has none); kate prints
# no projects, the interests as unnamed headings above the work, sorts the
# keywords of an interest and throws on an interest without keywords
# (en_mobile_whitfield is not rendered); onepageresume prints the name twice
# (once as the alt text of a missing photo); paper-plus-plus letter-spaces
# some dates ("2 0 11 - 0 8 t o 2 0 1 4 - 0 2") and section labels ("W ork
# E xperience"). Pages that link a CDN stylesheet (cora, flat-fr,
# onepageresume, paper-plus-plus, pumpkin: Bootstrap, Font Awesome, Google
# Fonts) are readable without it, as printed here offline.
# Tried and left out: smart (throws on 16 of the 17 resumes), dark-classy-
# responsive (throws on a profile network it has no icon for: 8 of 17; classy's
# family anyway), kwan-linkedin (prints each job's length counted to the day of
# rendering: "Jan 2021 - Present  5 years"), reference (needs @jsonresume/core,
# which the registry does not serve: no install), latex (prints LaTeX source,
# not a page), @briankung/jsonresume-theme-onepage-wide (onepage again, and
# scoped: render.js takes jsonresume-theme-* names). Not tried: latte (macchiato
# and caffeine's family), microdata and projects (even's), keloran, jacrys, tim,
# kendall-de and bootstrap-icons (kendall's), and the forks of themes already
# in the zoo (dark-classy, light-classy-responsive-m2, kwan-*, onepage-*).
# Looked up and not served by the registry here (404): two-column,
# modern-plain, engineering, japanese-cv-style, rirekisho, a11y, pico, pure,
# sided-light, concise, calm, signal, awesomish, academic, universal, lazy,
# timeline-*, rickosborne, el-santo, one, nameme, qlh, modern-extended,
# striking, react, alon and others.
ALL_THEMES=(colophon boilerplate contempo cora flat-fr full kate onepageresume paper-plus-plus pumpkin)
# the KEEP_CJK_PDFS rotation goes on from where the other three sets (15 + 7 +
# 11 themes) stop
ROTATION_OFFSET=33

RESUMES=()
for f in "$RES"/*.json; do RESUMES+=("$(basename "$f" .json)"); done

# Chromium PDFs of Chinese text are big (fonts embedded, bold synthesised as
# Type 3 glyphs: 100-500 KB a file). To stay within the size budget a
# theme keeps the PDF of KEEP_CJK_PDFS of its Chinese/bilingual resumes
# (rotating); the others get .html, .txt (from the PDF) and .docx only. The
# other sets keep 3; this one keeps 1, of at most CJK_PDF_MAX_KB (a folder
# of 17 resumes is then about 1.3-1.5 MB; with 3 it was 2.3 MB).
KEEP_CJK_PDFS=${KEEP_CJK_PDFS:-1}
CJK_PDF_MAX_KB=${CJK_PDF_MAX_KB:-250}
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
# (read by path: colophon's "exports" does not export its package.json)
theme_version() { node -p "require('$THEMES_DIR/node_modules/jsonresume-theme-$1/package.json').version"; }
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
# many files in one soffice: 60 s, and 15 s more a file
soffice_batch() { timeout -k 10 $((60 + 15 * $#)) soffice -env:UserInstallation=file://$LO_PROFILE --headless "$@" >/dev/null 2>&1; }

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
      if ! node "$THEMES_DIR/render.js" "$RES/$r.json" "$t" "$dir/$r.html" > /dev/null 2> "$WORK/err"; then
        echo "   $r: render failed: $(grep -m1 -E 'Error' "$WORK/err" || head -1 "$WORK/err")" >&2
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
    # keep the PDF of KEEP_CJK_PDFS Chinese/bilingual resumes (rotating by
    # theme), passing over a PDF bigger than CJK_PDF_MAX_KB (the next in the
    # rotation is kept instead)
    cjk=(); for r in "${done_list[@]}"; do case $r in zh_* | bi_*) cjk+=("$r") ;; esac; done
    kept=0
    for ((j = 0; j < ${#cjk[@]}; j++)); do
      r=${cjk[$(((i + j) % ${#cjk[@]}))]}
      if [ "$kept" -lt "$KEEP_CJK_PDFS" ] && [ "$(stat -c %s "$dir/$r.pdf")" -le $((CJK_PDF_MAX_KB * 1024)) ]; then
        kept=$((kept + 1))
      else
        mv "$dir/$r.pdf" "$WORK/"
      fi
    done
    # DOCX from the HTML (LibreOffice), and the DOCX's own text for its truth.
    # Writer's HTML import can loop for ever on a page (onepage +
    # zh_backend_senior_wang does in the first set): all the pages go to one
    # soffice under a timeout (one start instead of 17: the other sets convert
    # one file at a time), and a page left without a DOCX after it is tried
    # alone under the usual timeout; if that fails too it gets no DOCX.
    htmls=(); for r in "${done_list[@]}"; do htmls+=("$dir/$r.html"); done
    [ ${#htmls[@]} -eq 0 ] || soffice_batch --convert-to 'docx:MS Word 2007 XML' --outdir "$dir" "${htmls[@]}" || true
    for r in "${done_list[@]}"; do
      [ -s "$dir/$r.docx" ] && continue
      rm -f "$dir/$r.docx"
      if ! soffice_run --convert-to 'docx:MS Word 2007 XML' --outdir "$dir" "$dir/$r.html" || [ ! -s "$dir/$r.docx" ]; then
        echo "   $r: no DOCX (LibreOffice failed or timed out)" >&2
        rm -f "$dir/$r.docx"
      fi
    done
    rm -f "$dir"/.~lock.* "$dir"/lu*.tmp
  fi
  docxs=(); for r in "${done_list[@]}"; do [ -s "$dir/$r.docx" ] && docxs+=("$dir/$r.docx"); done
  [ ${#docxs[@]} -eq 0 ] || soffice_batch --convert-to 'txt:Text (encoded):UTF8' --outdir "$WORK/docxtxt" "${docxs[@]}" || true
  for f in "${docxs[@]}"; do
    r=$(basename "$f" .docx)
    [ -s "$WORK/docxtxt/$r.txt" ] || soffice_run --convert-to 'txt:Text (encoded):UTF8' --outdir "$WORK/docxtxt" "$f" || true
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
      # (two at a time: the machine has two cores)
      [ "$(jobs -rp | wc -l)" -lt 2 ] || wait -n
      python3 "$ZOO/truth.py" "$RES/$r.json" "${texts[@]}" > "$f.truth.json" &
      printf '%s\t%s\t%s\t%s\t%s\n' "testdata/zoo/$layout/$r.$ext" "$layout" "$r" "$ext" "$prod" >> "$TMP_MANIFEST"
    done
  done
  wait
  echo "   ${#done_list[@]} resumes: ${done_list[*]:-}"
done

{ printf 'path\tlayout\tresume\tformat\tproducer\n'; sort "$TMP_MANIFEST"; } > "$MANIFEST"
dirs=(); for t in "${ALL_THEMES[@]}"; do [ -d "$OUT/theme-$t" ] && dirs+=("$OUT/theme-$t"); done
du -sh "${dirs[@]}" | awk '{printf "%s %s\n", $1, $2}'
echo "total: $(du -ch "${dirs[@]}" | tail -1 | cut -f1)"
