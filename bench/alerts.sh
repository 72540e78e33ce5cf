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
opens=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
cd "$here"
exec java "${opens[@]}" -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true \
  -Xss4m -Xmx3g -Dthbstat.home="$here" -cp "$jar" thbstat.jobs.alerts.AlertsBenchmark "$@"
