#!/usr/bin/env bash
# Runs the year on sample-data through s3a:// on a local S3-compatible server (s3rver, from npm,
# over TLS on 127.0.0.1) and checks that the indicator tables are those of the local run, byte
# for byte. Needs node/npm, openssl, keytool and curl; fetches s3rver and the S3A connector
# (hadoop-aws and the AWS SDK modules it uses) into target/s3-check/ on first use.
#   scripts/s3-check.sh [YEAR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
year="${1:-2024}"
work="$here/target/s3-check"
port=4568
mkdir -p "$work"

for tool in node npm openssl keytool curl; do
  command -v "$tool" >/dev/null || { echo "s3-check: $tool is needed" >&2; exit 2; }
done

# The S3A connector of the Hadoop version Spark 4.1 is built with, and the SDK version it was built against.
if [ ! -f "$work/lib/.complete" ]; then
  cat > "$work/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>thbstat</groupId><artifactId>s3-check</artifactId><version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.apache.hadoop</groupId><artifactId>hadoop-aws</artifactId><version>3.4.2</version>
      <!-- Spark brings the Hadoop client; the SDK bundle (600 MB) is replaced by the modules S3A uses. -->
      <exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>
    </dependency>
    <dependency><groupId>software.amazon.awssdk</groupId><artifactId>s3</artifactId><version>2.29.52</version></dependency>
    <dependency><groupId>software.amazon.awssdk</groupId><artifactId>s3-transfer-manager</artifactId><version>2.29.52</version></dependency>
    <dependency><groupId>software.amazon.awssdk</groupId><artifactId>sts</artifactId><version>2.29.52</version></dependency>
  </dependencies>
</project>
EOF
  "$here/mvnw" -q -B -f "$work/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/lib"
  touch "$work/lib/.complete"
fi
if [ ! -x "$work/node_modules/.bin/s3rver" ]; then
  npm install --silent --prefix "$work" s3rver@3.7.1 >/dev/null
fi
if [ ! -f "$work/trust.jks" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 3650 \
    -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" 2>/dev/null
  keytool -importcert -noprompt -alias s3-check -file "$work/cert.pem" -keystore "$work/trust.jks" \
    -storepass changeit >/dev/null 2>&1
fi

rm -rf "$work/store" "$work/out-s3" "$work/out-local"
mkdir -p "$work/store"
# s3rver's signature code needs OpenSSL's legacy provider on Node 17+.
NODE_OPTIONS=--openssl-legacy-provider "$work/node_modules/.bin/s3rver" -d "$work/store" -a 127.0.0.1 -p "$port" \
  --key "$work/key.pem" --cert "$work/cert.pem" --configure-bucket thb > "$work/s3rver.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -s --cacert "$work/cert.pem" "https://127.0.0.1:$port/" >/dev/null && break
  sleep 0.2
done

for f in "$here"/sample-data/*.csv; do
  name="$(basename "$f")"
  curl -sf --cacert "$work/cert.pem" -H "x-amz-content-sha256: $(sha256sum "$f" | cut -d' ' -f1)" \
    --aws-sigv4 "aws:amz:us-east-1:s3" --user S3RVER:S3RVER -T "$f" \
    "https://127.0.0.1:$port/thb/extract/$name" >/dev/null
done

# Over plain HTTP the SDK signs uploads in aws-chunked form, which s3rver stores as is (corrupt
# Parquet): HTTPS avoids it, as with most S3-compatible stores.
s3_opts="-Xmx4g -Djavax.net.ssl.trustStore=$work/trust.jks -Djavax.net.ssl.trustStorePassword=changeit"
for kv in endpoint=https://127.0.0.1:$port path.style.access=true endpoint.region=us-east-1 \
    access.key=S3RVER secret.key=S3RVER; do
  s3_opts="$s3_opts -Dspark.hadoop.fs.s3a.$kv"
done
THBSTAT_JAVA_OPTS="$s3_opts" THBSTAT_CLASSPATH="$(ls "$work"/lib/*.jar | tr '\n' ':')" \
  "$here/thbstat" run --input s3a://thb/extract --clean s3a://thb/clean --period "$year" \
  --out "$work/out-s3" --no-export > "$work/run-s3.log"
"$here/thbstat" run --input "$here/sample-data" --period "$year" --out "$work/out-local" --no-export \
  > "$work/run-local.log"

# A clean folder in use: a second run must stop (exit 2) and name the lock, on S3 too.
lock_text="host other-machine, pid 1, started 2026-01-01T00:00:00Z"
printf '%s\n' "$lock_text" > "$work/lock"
curl -sf --cacert "$work/cert.pem" -H "x-amz-content-sha256: $(sha256sum "$work/lock" | cut -d' ' -f1)" \
  --aws-sigv4 "aws:amz:us-east-1:s3" --user S3RVER:S3RVER -T "$work/lock" \
  "https://127.0.0.1:$port/thb/clean/.thbstat.lock" >/dev/null
set +e
THBSTAT_JAVA_OPTS="$s3_opts" THBSTAT_CLASSPATH="$(ls "$work"/lib/*.jar | tr '\n' ':')" \
  "$here/thbstat" validate --input s3a://thb/extract --clean s3a://thb/clean --out "$work/out-locked" \
  > "$work/run-locked.log" 2>&1
locked=$?
set -e

status=0
if [ "$locked" -eq 2 ] && grep -q '.thbstat.lock' "$work/run-locked.log"; then
  echo "s3-check: a second run on the locked s3a:// clean folder stopped with exit 2, naming the lock"
else
  echo "s3-check: a run on the locked s3a:// clean folder exited $locked (see $work/run-locked.log)" >&2
  status=1
fi
for f in indicators.csv indicators-public.csv; do
  if cmp -s "$work/out-local/$year/$f" "$work/out-s3/$year/$f"; then
    echo "s3-check: $year/$f from s3a:// is the local run's ($(wc -l < "$work/out-s3/$year/$f") lines)"
  else
    echo "s3-check: $year/$f differs between s3a:// and the local run" >&2
    status=1
  fi
done
exit "$status"
