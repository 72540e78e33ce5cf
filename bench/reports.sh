#!/usr/bin/env bash
# Report rendering benchmark (issue 5): the time to render every report of a year and of a quarter
# in all three languages and both formats, after the indicator store exists. Runs sample-data
# once (cached in bench/data/reports-run/, not committed), then times `thbstat report --report all`.
#   ./bench/reports.sh [--input sample-data] [--year 2025] [--quarter 2025-Q4]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="$here/sample-data"
year=2025
quarter=2025-Q4
while [ $# -gt 0 ]; do
  case "$1" in
    --input) input="$2"; shift 2 ;;
    --year) year="$2"; shift 2 ;;
    --quarter) quarter="$2"; shift 2 ;;
    *) echo "usage: bench/reports.sh [--input DIR] [--year YYYY] [--quarter YYYY-Qn]" >&2; exit 2 ;;
  esac
done
run="$here/bench/data/reports-run"
if [ ! -f "$run/$year/indicators-public.csv" ] || [ ! -f "$run/$quarter/indicators-public.csv" ]; then
  rm -rf "$run"
  echo "computing $((year - 2))..$year and the eight quarters to $quarter (untimed)..." >&2
  "$here/thbstat" run --input "$input" --period "$((year - 2))..$year" --out "$run" --no-export >/dev/null
  qy="${quarter%-Q*}"
  qn="${quarter#*-Q}"
  # the eight quarters the bulletin shows: from the quarter after the same quarter two years back
  if [ "$qn" = 4 ]; then first="$((qy - 1))-Q1"; else first="$((qy - 2))-Q$((qn + 1))"; fi
  "$here/thbstat" run --input "$input" --period "$first..$quarter" --out "$run" --no-export >/dev/null
fi
for period in "$year" "$quarter"; do
  out="$(mktemp -d "${TMPDIR:-/tmp}/thbstat-reports.XXXXXX")"
  start=$(date +%s.%N)
  "$here/thbstat" report --from "$run" --period "$period" --report all --out "$out" >/dev/null
  end=$(date +%s.%N)
  files=$(find "$out" -type f | wc -l)
  bytes=$(du -sk "$out" | cut -f1)
  printf 'report %-8s all reports, 3 languages, xlsx + pdf: %3d files, %6d KiB, %6.1f s (JVM start included)\n' \
    "$period" "$files" "$bytes" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
  rm -rf "$out"
done
