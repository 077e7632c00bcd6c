#!/usr/bin/env bash
# make bench: the numbers behind resumex's speed and memory targets, all
# measured in one run (the machines are shared: compare ratios, not
# absolute times across runs).
#   1. cold single-file parse: wall time and peak RSS (target <= 100 ms, <= 80 MB)
#   2. batch throughput per format at --jobs 1 and --jobs 2 over a generated
#      corpus of 1,000 resumes built from the fixtures
#   3. pdftotext on the same PDFs, as the yardstick for the PDF adapter
#   4. peak RSS over 10,000 files
#   5. Go benchmarks of each pipeline stage
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/resumex" ./cmd/resumex
go build -o "$work/coldbench" ./internal/coldbench
go build -o "$work/gencorpus" ./internal/gencorpus
rx="$work/resumex"
cb="$work/coldbench"

echo "== 1. cold single-file parse (target: <= 100 ms wall, <= 80 MB peak RSS)"
for f in testdata/fixtures/seed_*.txt testdata/fixtures/en_senior.txt testdata/formats/zh_onecol.pdf testdata/formats/en_sidebar.docx testdata/formats/zh_jobsite.html; do
  "$cb" -n 10 -label "parse $(basename "$f")" -- "$rx" parse "$f"
done

echo
echo "== 2. batch throughput over a generated corpus (files/s = files / median wall)"
"$work/gencorpus" -out "$work/corpus" -n txt=1000,md=500,html=300,pdf=100,docx=100 testdata/fixtures testdata/formats | sed 's/^/   /'
printf '%-6s %6s %12s %12s %8s\n' format files "jobs1 f/s" "jobs2 f/s" "j2/j1"
for ext in txt md html pdf docx; do
  n=$(ls "$work/corpus/$ext" | wc -l)
  t1=$("$cb" -n 3 -ms -- "$rx" parse --quiet --jobs 1 "$work/corpus/$ext")
  t2=$("$cb" -n 3 -ms -- "$rx" parse --quiet --jobs 2 "$work/corpus/$ext")
  awk -v e="$ext" -v n="$n" -v a="$t1" -v b="$t2" 'BEGIN { printf "%-6s %6d %12.1f %12.1f %8.2f\n", e, n, n*1000/a, n*1000/b, a/b }'
done

echo
echo "== 3. PDF: resumex vs pdftotext on the same $(ls "$work/corpus/pdf" | wc -l) PDFs (one process per file for pdftotext, as it is used)"
if command -v pdftotext >/dev/null; then
  tp=$("$cb" -n 3 -ms -- sh -c "for f in '$work'/corpus/pdf/*.pdf; do pdftotext -layout \"\$f\" - >/dev/null; done")
  tr=$("$cb" -n 3 -ms -- "$rx" parse --quiet --jobs 1 "$work/corpus/pdf")
  awk -v a="$tr" -v b="$tp" 'BEGIN { printf "resumex --jobs 1: %.0f ms   pdftotext: %.0f ms   ratio resumex/pdftotext: %.2f (target <= 2)\n", a, b, a/b }'
else
  echo "pdftotext not installed (apt-get install poppler-utils): skipped"
fi

echo
echo "== 4. peak RSS over 10,000 files (target <= 200 MB, flat)"
"$work/gencorpus" -out "$work/big" -n txt=7000,md=3000 testdata/fixtures >/dev/null
"$cb" -n 1 -label "parse 10,000 files --jobs 2" -- "$rx" parse --quiet --jobs 2 "$work/big"
"$work/gencorpus" -out "$work/small" -n txt=700,md=300 testdata/fixtures >/dev/null
"$cb" -n 1 -label "parse  1,000 files --jobs 2" -- "$rx" parse --quiet --jobs 2 "$work/small"

echo
echo "== 5. pipeline stages (go test -bench)"
go test -run '^$' -bench . -benchmem -benchtime 1s . ./batch | grep -E '^(Benchmark|ok)'
