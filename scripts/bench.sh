#!/usr/bin/env bash
# make bench: cold single-file parses (wall time, peak RSS) of the bundled
# sample resumes, then the Go benchmarks of each pipeline stage.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/resumex" ./cmd/resumex
go build -o "$bin/coldbench" ./internal/coldbench
echo "== cold single-file parse (target: <= 100 ms wall, <= 80 MB peak RSS)"
for f in testdata/fixtures/seed_*.txt testdata/fixtures/en_senior.txt testdata/fixtures/md_dev.md; do
  "$bin/coldbench" -n 20 -label "parse $(basename "$f")" -- "$bin/resumex" parse "$f"
done
echo
echo "== pipeline stages (go test -bench)"
go test -run '^$' -bench . -benchmem -benchtime 2s . | grep -E '^(Benchmark|ok|PASS)'
