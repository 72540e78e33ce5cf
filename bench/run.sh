#!/usr/bin/env bash
# thbstat against DuckDB (issue 8). Builds the bench module (Maven profile `bench`, never part of the
# product jar or the normal test run), then runs thbstat.bench.Benchmark in one JVM with the options
# Spark needs on Java 17 and the launcher's -Xmx4g (BENCH_JAVA_OPTS overrides it).
#   ./bench/run.sh [--scales 800,8000] [--max-scale X] [--year 2024] [--data bench/data]
#     [--ingest-max-scale X] [--repeat N] [--each-indicator] [--catalogue-copies K] [--generate-only]   (BENCH_MAIN=thbstat.bench.StageProfile: per-stage profile)
# Extracts go to bench/data/scale-X/ (not committed) and are reused when already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -q -B -Pbench -pl bench -am package -DskipTests -Dmaven.test.skip=true
fi
# shellcheck source=../scripts/java-opens.sh
. "$here/scripts/java-opens.sh" "${BENCH_JAVA_OPTS:-}"
# shellcheck disable=SC2086
exec java "${opens[@]}" "${gc[@]}" -Xss4m ${BENCH_JAVA_OPTS:--Xmx4g} \
  -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "${BENCH_MAIN:-thbstat.bench.Benchmark}" "$@"
