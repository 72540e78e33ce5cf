#!/usr/bin/env bash
# Alert benchmark: false alarms per quarter on clean generated histories and the share of planted
# labour clusters detected in their quarter. Options: --histories N (default 20), --scale X
# (default 1), --size N (victims per planted cluster, default 5).
# Usage: bench/alerts.sh --histories 20 --scale 1 --size 5
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/cli/target/thbstat.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here"/*/src/main "$here"/pom.xml -newer "$jar" -type f -print -quit)" ]; then
  echo "bench: building the jar..." >&2
  (cd "$here" && ./mvnw -q -B -o -DskipTests -Dmaven.test.skip=true package) >&2
fi
# shellcheck source=../scripts/java-opens.sh
. "$here/scripts/java-opens.sh"
cd "$here"
exec java "${opens[@]}" -Xss4m -Xmx3g -Dthbstat.home="$here" -cp "$jar" thbstat.jobs.alerts.AlertsBenchmark "$@"
