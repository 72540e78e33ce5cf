# Sourced by the launcher and the scripts: the JVM options Spark 4 needs on Java 17 (the same list
# as Surefire's argLine and the jar manifest's Add-Opens in pom.xml), as the bash array `opens`.
# shellcheck shell=bash disable=SC2034
opens=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
    java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
opens+=(-Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)

# The garbage collector, as the bash array `gc`: the throughput collector, since a run is a batch
# whose pauses nobody waits on (compute 20-24% faster than with G1 in the benchmark). JVM options
# that choose a collector themselves (in $1, e.g. THBSTAT_JAVA_OPTS="-XX:+UseG1GC") keep theirs.
gc=(-XX:+UseParallelGC)
read -r -a given <<< "${1:-}"
for option in "${given[@]}"; do
  case "$option" in -XX:+Use*GC) gc=() ;; esac
done
