#!/usr/bin/env bash
# Which JIT compilers a thbstat command runs with; sourced by the launcher, which passes the
# command line to jit_mode. Run directly (`bash scripts/jit-mode.sh ARGS…`), it prints the choice.
#
# A short run (a national extract, a report, a check) spends more CPU compiling with the optimising
# compiler (C2) than C2's code saves: with the quick compiler (C1) alone the sample year takes 9.1 s
# instead of 14.7 s, a report 2.6 s instead of 3.9 s. Somewhere between 400,000 and 1.4M rows C2
# pays, so run, validate and alerts keep both compilers for an extract of 64 MB or more (Parquet
# counted four times, as a row takes about a quarter of its CSV bytes) or one given as a URI, and
# so does generate. THBSTAT_JIT=quick or full chooses; options in THBSTAT_JAVA_OPTS that set
# -XX:TieredStopAtLevel or -XX:[+-]TieredCompilation keep theirs (jit_mode prints "given").

# The first argument that is not an option: the subcommand.
subcommand() {
  local a
  for a in "$@"; do
    case "$a" in -*) ;; *) echo "$a"; return ;; esac
  done
}
# The value of --input (--input DIR or --input=DIR), or nothing.
input_of() {
  local a previous=""
  for a in "$@"; do
    case "$a" in --input=*) echo "${a#--input=}"; return ;; esac
    if [ "$previous" = --input ]; then
      echo "$a"
      return
    fi
    previous="$a"
  done
}
# The size of a local extract folder's tables in KB, Parquet counted four times.
extract_kb() {
  local f kb=0 size
  for f in "$1"/*.csv "$1"/*.parquet; do
    [ -e "$f" ] || continue
    size=$(du -sk "$f" | cut -f1)
    case "$f" in *.parquet) size=$((size * 4)) ;; esac
    kb=$((kb + size))
  done
  echo "$kb"
}
# jit_mode ARGS…: quick (C1 alone), full (C1 and C2) or given (THBSTAT_JAVA_OPTS decides).
jit_mode() {
  case "${THBSTAT_JIT:-}" in quick | full) echo "$THBSTAT_JIT"; return ;; esac
  case " ${THBSTAT_JAVA_OPTS:-} " in *" -XX:TieredStopAtLevel="* | *" -XX:+TieredCompilation "* | *" -XX:-TieredCompilation "*)
    echo given; return ;;
  esac
  local input
  case "$(subcommand "$@")" in
    generate) echo full ;;
    run | validate | alerts)
      input="$(input_of "$@")"
      if [ -d "$input" ] && [ "$(extract_kb "$input")" -lt 65536 ]; then echo quick; else echo full; fi ;;
    *) echo quick ;;
  esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  jit_mode "$@"
fi
