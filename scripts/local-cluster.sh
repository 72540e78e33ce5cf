#!/usr/bin/env bash
# Runs one period on a Spark standalone cluster on this machine and checks that the indicator
# table is the same as in local mode.
#
# From the project's own jar (no Spark distribution): a master and two workers (1 core, 1 GiB
# each) as separate JVMs on 127.0.0.1, then
#   thbstat run --input INPUT --period PERIOD --out SCRATCH/cluster --master spark://127.0.0.1:PORT
#   thbstat run --input INPUT --period PERIOD --out SCRATCH/local
# and a diff of the two indicators.csv. The master and the workers are always stopped on exit.
#
# Usage: scripts/local-cluster.sh [--input DIR] [--period P] [--keep]
#   --keep   keep the scratch folder (logs, both outputs) also when the tables agree
# Environment: THBSTAT_CLUSTER_WAIT (seconds to wait for the workers, default 180).
# Exit status: 0 tables identical, 1 tables differ or a run failed, 2 cluster did not start.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
input="$here/sample-data"
period=2024
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --input) input="$(cd "$2" && pwd)"; shift 2 ;;
    --period) period="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "local-cluster: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
wait_s="${THBSTAT_CLUSTER_WAIT:-180}"
jar="$here/cli/target/thbstat.jar"

# Build the jar if needed (the launcher rebuilds it when the sources changed).
"$here/thbstat" --version >/dev/null

# shellcheck source=java-opens.sh
. "$here/scripts/java-opens.sh"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/thbstat-cluster.XXXXXX")"
pids=()
status=1
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  # A worker stops its executors when it stops; give the JVMs 15 s, then force.
  for _ in $(seq 1 30); do
    local alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.5
  done
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  if [ "$status" = 0 ] && [ "$keep" = 0 ]; then
    rm -rf "$scratch"
  else
    echo "local-cluster: logs and outputs kept in $scratch" >&2
  fi
}
trap 'cleanup' EXIT
trap 'exit 130' INT TERM

# A free TCP port on 127.0.0.1 (random high port, checked; the master binds it a moment later).
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  echo "local-cluster: no free port found" >&2
  return 1
}
master_port="$(free_port)"
master_ui="$(free_port)"
master_url="spark://127.0.0.1:$master_port"

# Executors need a Spark home; with SPARK_TESTING=1 its missing jars/ folder is not an error, and
# SPARK_SCALA_VERSION spares the worker a search for Spark build folders in it.
# SPARK_DIST_CLASSPATH stands in for the distribution's jars/: the worker puts it on the
# executors' classpath. thbstat's own classes reach the executors through spark.jars, which the
# driver sets to the jar it runs from, exactly as on a real cluster.
mkdir -p "$scratch/spark-home" "$scratch/logs"
export SPARK_HOME="$scratch/spark-home" SPARK_TESTING=1 SPARK_SCALA_VERSION=2.13 SPARK_DIST_CLASSPATH="$jar"
export SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_DIRS="$scratch/tmp"

echo "local-cluster: starting master $master_url (UI http://127.0.0.1:$master_ui) and 2 workers; scratch $scratch"
java "${opens[@]}" -Xmx256m -cp "$jar" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui" >"$scratch/logs/master.log" 2>&1 &
pids+=($!)
for w in 1 2; do
  mkdir -p "$scratch/worker$w"
  java "${opens[@]}" -Xmx256m -cp "$jar" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --port 0 --webui-port 0 --cores 1 --memory 1g --work-dir "$scratch/worker$w" \
    "$master_url" >"$scratch/logs/worker$w.log" 2>&1 &
  pids+=($!)
done

# Wait until the master reports both workers ALIVE (its JSON at /json/), bounded.
deadline=$(( SECONDS + wait_s ))
alive=0
while [ "$alive" -lt 2 ]; do
  for pid in "${pids[@]}"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "local-cluster: a cluster JVM exited early; see $scratch/logs" >&2
      tail -n 20 "$scratch"/logs/*.log >&2 || true
      status=2; exit 2
    fi
  done
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "local-cluster: only $alive of 2 workers registered after ${wait_s}s; see $scratch/logs" >&2
    status=2; exit 2
  fi
  sleep 1
  json="$(curl -fsS "http://127.0.0.1:$master_ui/json/" 2>/dev/null || true)"
  alive="$(printf '%s' "$json" | { grep -o '"state" *: *"ALIVE"' || true; } | wc -l | tr -d ' ')"
  # the master itself reports "status" : "ALIVE"; workers report "state" : "ALIVE"
done
echo "local-cluster: 2 workers registered ($(( SECONDS - deadline + wait_s )) s)"

run() {
  local label="$1"; shift
  local t0=$SECONDS
  if ! THBSTAT_JAVA_OPTS="-Xmx1g" "$here/thbstat" run --input "$input" --period "$period" \
      --out "$scratch/$label" "$@" >"$scratch/logs/run-$label.log" 2>&1; then
    echo "local-cluster: the $label run failed; last lines of $scratch/logs/run-$label.log:" >&2
    tail -n 30 "$scratch/logs/run-$label.log" >&2
    exit 1
  fi
  echo "local-cluster: $label run done in $(( SECONDS - t0 )) s: $(grep '^done:' "$scratch/logs/run-$label.log")"
}
run cluster --master "$master_url"
run local

a="$scratch/cluster/$period/indicators.csv"
b="$scratch/local/$period/indicators.csv"
if cmp -s "$a" "$b"; then
  echo "local-cluster: IDENTICAL: $(( $(wc -l <"$a") - 1 )) cells, sha256 $(sha256sum "$a" | cut -c1-16)…, cluster = local"
  status=0
else
  echo "local-cluster: DIFFERENT: cluster and local indicators.csv differ:" >&2
  diff "$a" "$b" | head -n 40 >&2 || true
  status=1
fi
exit "$status"
