#!/usr/bin/env bash
# make nasty: resumex on every nasty input (internal/nasty), one process
# per file, with its wall time, CPU time (user + system) and peak RSS.
# The cost model (docs/limits.md): each input is parsed in <= 2 s of CPU
# and <= 256 MB, or refused with a one-line error in <= 0.2 s.
#
# Time is CPU time (user + system), which a busy machine changes less than
# wall time; the wall time is printed beside it, with the load average.
#
#   scripts/nasty.sh [-bin RESUMEX] [-dir DIR] [-run REGEXP] [-kill SECONDS]
#
#   -bin   the binary to measure (default: built from this tree), e.g. an
#          older build to compare with
#   -dir   write the inputs there and keep them (default: a temp dir,
#          removed at the end); inputs already there are reused
#   -run   only the inputs whose name matches
#   -kill  kill a parse after this many seconds of CPU (default 60),
#          reported as killed
#   -batch DURATION  instead of the table, the --timeout check: one batch
#          (--jobs 2 --timeout DURATION) of the inputs that were slow
#          before the cost model among 300 fixture resumes, and the same
#          batch without them: wall time, peak RSS, files timed out
#   -slow "NAME ..."  the slow inputs of -batch (default: eight kinds)
#
# The verdict column is PASS or FAIL by the cost model: at most 2 s of CPU
# and 256 MB, one line on stderr at most, and a refusal for a budget
# ("more than N ...") in at most 0.2 s; the exit status is 1 when any
# input fails. Other refusals ("not a resume") come after the work, within
# the same bounds.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="" dir="" run="" kill=60 batch=""
slow="text-short-lines.txt md-headings.md html-br.html html-css-nth-child.html pdf-scattered-glyphs.pdf pdf-reresolve-properties.pdf pdf-objstm.pdf docx-paragraphs.docx"
while [ $# -gt 0 ]; do
  case "$1" in
    -bin) bin=$2; shift 2 ;;
    -dir) dir=$2; shift 2 ;;
    -run) run=$2; shift 2 ;;
    -kill) kill=$2; shift 2 ;;
    -batch) batch=$2; shift 2 ;;
    -slow) slow=$2; shift 2 ;;
    *) echo "usage: scripts/nasty.sh [-bin RESUMEX] [-dir DIR] [-run REGEXP] [-kill SECONDS] [-batch DURATION [-slow NAMES]]" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$bin" ]; then
  go build -o "$work/resumex" ./cmd/resumex
  bin="$work/resumex"
fi
if [ -z "$dir" ]; then
  dir="$work/inputs"
fi
mkdir -p "$dir"
go run ./internal/nasty/gen -keep -out "$dir" ${run:+-run "$run"} >/dev/null

if [ -n "$batch" ]; then
  # the inputs slow before the cost model, first among 300 resumes
  mkdir -p "$work/with" "$work/without"
  i=0
  for f in $slow; do
    cp "$dir/$f" "$work/with/0$i-$f"
    i=$((i + 1))
  done
  for n in $(seq 1 20); do
    for f in testdata/fixtures/*.txt testdata/fixtures/*.md testdata/formats/*.pdf testdata/formats/*.docx testdata/formats/*.html; do
      [ -f "$f" ] || continue
      b=$(basename "$f")
      cp "$f" "$work/with/$n-$b"
      cp "$f" "$work/without/$n-$b"
    done
  done
  accept=""
  if "$bin" parse --help 2>&1 | grep -q accept-any; then accept=--accept-any; fi
  echo "# --timeout $batch --jobs 2; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-28s %6s %7s %7s %8s %13s %9s\n' batch files "wall s" "cpu s" "RSS MB" "late RSS MB" "timed out"
  for set in with without; do
    # the process's RSS sampled every 0.1 s: its peak, and its peak over
    # the second half of the batch, after the slow inputs (which come
    # first): abandoned work keeps it up there
    set +e
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$bin" parse --quiet $accept --jobs 2 --timeout "$batch" --out "$work/out-$set" "$work/$set" >/dev/null 2>"$work/err" &
    tpid=$!
    sleep 0.05
    pid=$(pgrep -P "$tpid" | head -n 1)
    : >"$work/rss"
    while kill -0 "$tpid" 2>/dev/null; do
      [ -n "$pid" ] && awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" >>"$work/rss" 2>/dev/null
      sleep 0.1
    done
    wait "$tpid"
    set -e
    read -r wall user sys rss < <(tail -n 1 "$work/time")
    late=$(awk '{ v[NR] = $1 } END { m = 0; for (i = int(NR / 2) + 1; i <= NR; i++) if (v[i] > m) m = v[i]; print m }' "$work/rss")
    files=$(ls "$work/$set" | wc -l)
    timed=$(grep -c 'timed out' "$work/err" || true)
    awk -v s="$set the slow inputs" -v f="$files" -v w="$wall" -v u="$user" -v y="$sys" -v r="$rss" -v l="$late" -v t="$timed" 'BEGIN {
      printf "%-28s %6d %7.2f %7.2f %8.1f %13.1f %9d\n", s, f, w, u + y, r / 1024, l / 1024, t }'
  done
  exit 0
fi

echo "# $("$bin" version 2>/dev/null | head -n 1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %9s %7s %7s %8s %7s  %-4s %s\n' input "size MB" "wall s" "cpu s" "RSS MB" "RSS/sz" "" outcome
fail=0
for f in "$dir"/*; do
  name=$(basename "$f")
  if [ -n "$run" ] && ! [[ $name =~ $run ]]; then
    continue
  fi
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" prlimit --cpu="$kill:$((kill + 1))" "$bin" parse "$f" >/dev/null 2>"$work/err"
  rc=$?
  set -e
  read -r wall user sys rss < <(tail -n 1 "$work/time")
  size=$(stat -c %s "$f")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  lines=$(wc -l < "$work/err")
  msg=$(head -n 1 "$work/err" | sed "s|$dir/||" | cut -c1-90)
  case $rc in
    0) outcome="ok" ;;
    137 | 152) outcome="killed after ${kill}s of CPU" ;;
    *) outcome="refused: $msg"
       if [ "$lines" -gt 1 ]; then outcome="$outcome (+$((lines - 1)) lines)"; fi ;;
  esac
  budget=0
  if [ "$rc" != 0 ] && grep -q 'more than [0-9]' "$work/err"; then budget=1; fi
  verdict=$(awk -v rc="$rc" -v cpu="$cpu" -v rss="$rss" -v lines="$lines" -v budget="$budget" 'BEGIN {
    ok = rss <= 256 * 1024 && cpu <= 2 && lines <= 1 && rc != 137 && rc != 152
    if (budget) ok = ok && cpu <= 0.2
    print ok ? "PASS" : "FAIL" }')
  [ "$verdict" = PASS ] || fail=1
  awk -v n="$name" -v sz="$size" -v w="$wall" -v c="$cpu" -v r="$rss" -v v="$verdict" -v o="$outcome" 'BEGIN {
    printf "%-34s %9.2f %7.2f %7.2f %8.1f %7.1f  %-4s %s\n", n, sz / 1048576, w, c, r / 1024, r * 1024 / sz, v, o }'
done
exit $fail
