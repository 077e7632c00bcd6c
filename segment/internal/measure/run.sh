#!/usr/bin/env bash
# Builds internal/measure with and without -trimpath and reports the wall
# time and peak RSS of cold runs (a fresh process each time) in an empty
# environment, so nothing but the binary is used.
# Usage: bash segment/internal/measure/run.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for variant in default trimpath; do
	flags=()
	[[ $variant == trimpath ]] && flags=(-trimpath)
	go build "${flags[@]}" -o "$tmp/measure-$variant" ./segment/internal/measure
	bin="$tmp/measure-$variant"
	size=$(stat -c %s "$bin")
	for ((i = 1; i <= runs; i++)); do
		start=$(date +%s%N)
		env -i /usr/bin/time -v "$bin" 2>"$tmp/time" >/dev/null
		end=$(date +%s%N)
		rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")
		printf '%-8s run %d: wall %5.1f ms, max RSS %6d KB, binary %d bytes\n' \
			"$variant" "$i" "$(((end - start) / 1000))e-3" "$rss" "$size"
	done
	env -i "$bin" -v | tail -n 1
done
