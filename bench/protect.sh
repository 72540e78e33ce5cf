#!/usr/bin/env bash
# Disclosure-control benchmark (issue 4): protection seconds, LP solves, cells and suppressions per
# period (a year and its quarters) at several scales. Builds the bench module (Maven profile `bench`)
# and runs thbstat.bench.ProtectBenchmark through bench/run.sh's JVM setup.
#   ./bench/protect.sh [--scales 1,10,120] [--year 2024] [--data bench/data]
# Extracts go to bench/data/protect-scale-X-YEAR/ (not committed) and are reused when already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_MAIN=thbstat.bench.ProtectBenchmark BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx3g}" exec "$here/bench/run.sh" "$@"
