#!/usr/bin/env bash
# Search latency benchmark of the catalogue (see bench/README.md):
#   bench/search.sh [rows=100000] [rate=200] [seconds=30] [warmup=10] [pages=1] [load-only]
# Positional values work too (bench/search.sh 1M 200 30); 100k and 1M are understood.
# Builds what is needed, starts an isolated platform (ports +2000, state in bench/target/state),
# loads or tops up the synthetic initiatives, runs the open-loop driver for the rare, AND and
# common queries, prints p50/p95/p99 and throughput, and stops the platform on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; }

source "$root/bench/lib.sh"

rows=100000 rate=200 seconds=30 warmup=10 load_only=""
pages=1
position=0
for arg in "$@"; do
  case "$arg" in
    -h|--help) usage; exit 0 ;;
    rows=*) rows=$(count "${arg#*=}") ;;
    rate=*) rate="${arg#*=}" ;;
    seconds=*|duration=*) seconds="${arg#*=}" ;;
    warmup=*) warmup="${arg#*=}" ;;
    pages=*) pages="${arg#*=}" ;;
    load-only) load_only=1 ;;
    *=*) echo "error: unknown setting '$arg'" >&2; usage >&2; exit 2 ;;
    *)
      case $position in
        0) rows=$(count "$arg") ;;
        1) rate="$arg" ;;
        2) seconds="$arg" ;;
        *) echo "error: too many arguments" >&2; usage >&2; exit 2 ;;
      esac
      position=$((position + 1)) ;;
  esac
done

isolated_platform 2000 "$root/bench/target/state"
catalog_url="http://localhost:$((8081 + offset))"
gateway_url="http://localhost:$((8080 + offset))"
case "${BENCH_TARGET:-catalog}" in
  catalog) base_url="$catalog_url" ;;
  gateway) base_url="$gateway_url" ;;
  http*) base_url="$BENCH_TARGET" ;;
  *) echo "error: BENCH_TARGET is catalog, gateway or a http://localhost:port URL" >&2; exit 2 ;;
esac
bench_jar=bench/target/bench.jar
jars=(bench/target/bench.jar platform-launcher/target/platform-launcher.jar
      catalog-service/target/quarkus-app/quarkus-run.jar metrics-service/target/quarkus-app/quarkus-run.jar
      submission-service/target/quarkus-app/quarkus-run.jar gateway/target/quarkus-app/quarkus-run.jar)

stale() { # a jar missing, or a POM or main source newer than it (as ./platform decides)
  local jar
  for jar in "${jars[@]}"; do
    [ -f "$jar" ] || return 0
    if [ -n "$(find . \( -path ./.platform -o -path ./bench/target \) -prune -o \( -name pom.xml -o -path '*/src/main/*' \) -newer "$jar" -print -quit)" ]; then
      return 0
    fi
  done
  return 1
}

if [ -z "${BENCH_SKIP_BUILD:-}" ] && stale; then
  start=$(date +%s)
  if grep -q '<module>bench</module>' pom.xml; then
    echo "Building the platform and the benchmark (./mvnw -B -q package -DskipTests)..."
    ./mvnw -B -q package -DskipTests
  else
    # Until the root POM lists the bench module: the benchmark alone; ./platform up builds the rest.
    echo "Building the benchmark (./mvnw -B -q -f bench/pom.xml package)..."
    ./mvnw -B -q -f bench/pom.xml package
    if [ -n "${BENCH_SNAPSHOT:-}" ]; then # ./platform will not run, so it will not build
      echo "Building the platform (./mvnw -B -q package -DskipTests)..."
      ./mvnw -B -q package -DskipTests
    fi
  fi
  echo "  built in $(( $(date +%s) - start )) s"
fi

[ -f "$bench_jar" ] || ./mvnw -B -q -f bench/pom.xml package

# ./platform builds whatever is stale before "up"; with BENCH_SKIP_BUILD the launcher runs the jars as
# they are; with BENCH_SNAPSHOT it runs copies in bench/target/apps, which a rebuild of the tree
# during the benchmark (another engineer's "mvn package") cannot pull away.
home="$root"
if [ -n "${BENCH_SNAPSHOT:-}" ]; then
  home="$root/bench/target/apps"
  if ! java -Xmx128m -Dplatform.home="$home" -jar "$home/platform-launcher/target/platform-launcher.jar" status \
        >/dev/null 2>&1; then
    echo "Copying the built applications to $home (BENCH_SNAPSHOT)..."
    rm -rf "$home"
    for module in catalog-service metrics-service submission-service gateway; do
      [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || { echo "error: $module is not built" >&2; exit 1; }
      mkdir -p "$home/$module/target"
      cp -r "$module/target/quarkus-app" "$home/$module/target/"
    done
    mkdir -p "$home/platform-launcher/target"
    cp platform-launcher/target/platform-launcher.jar "$home/platform-launcher/target/"
  fi
fi
platform() {
  if [ -n "${BENCH_SKIP_BUILD:-}" ] || [ -n "${BENCH_SNAPSHOT:-}" ]; then
    java -XX:TieredStopAtLevel=1 -Xmx128m -Dplatform.home="$home" -jar "$home/platform-launcher/target/platform-launcher.jar" "$@"
  else
    ./platform "$@"
  fi
}

results="bench/target/results/$(date +%Y%m%d-%H%M%S)-rows$rows"
mkdir -p "$results"

if platform status >/dev/null 2>&1; then
  echo "The benchmark platform (state $PLATFORM_STATE_DIR) is already running: using it, leaving it running."
else
  stop() {
    local code=$?
    if [ -z "${BENCH_KEEP_UP:-}" ]; then
      echo "Stopping the benchmark platform..."
      platform down >/dev/null 2>&1 || platform down || true
    else
      echo "BENCH_KEEP_UP set: the platform stays up; stop it with:"
      echo "  PLATFORM_PORT_OFFSET=$offset PLATFORM_STATE_DIR=$PLATFORM_STATE_DIR ./platform down"
    fi
    exit $code
  }
  trap stop EXIT
  trap 'exit 130' INT TERM
  platform up
fi


echo
loadavg "before loading"
echo "== Loading: $rows synthetic initiatives into jdbc:postgresql://localhost:$pg_port/catalog"
java -Xms512m -Xmx2g -jar "$bench_jar" load \
  --jdbc-url "jdbc:postgresql://localhost:$pg_port/catalog" --user catalog --password catalog \
  --rows "$rows" --trim --index-state "$PLATFORM_STATE_DIR/bench-dropped-indexes.sql" \
  --vocabulary-source seed-source/000_5179656e0f3247f5.txt | tee "$results/load.txt"
load_line=$(grep '^LOAD ' "$results/load.txt" || true)

if [ -n "$load_only" ]; then
  echo
  echo "RESULT rows=$rows: ${load_line#LOAD }"
  exit 0
fi

pages_label=""
[ "$pages" = 1 ] || pages_label=" pages=$pages"
echo
loadavg "before the search benchmark"
echo "== Search latency against $base_url"
set +e
java $driver_jvm -jar "$bench_jar" drive --base-url "$base_url" \
  --rate "$rate" --warmup "$warmup" --duration "$seconds" --label "rows=$rows${pages_label}" \
  --pages "$pages" --metrics-url "$catalog_url/q/metrics" \
  --output-dir "$results" | tee "$results/search.txt"
drive_code=${PIPESTATUS[0]}
set -e
loadavg "after the search benchmark"
summary=$(grep '^SUMMARY' "$results/search.txt" || echo "SUMMARY (none: the driver failed)")
echo
echo "RESULT rows=$rows (load: ${load_line#LOAD }) | ${summary#SUMMARY }"
echo "(full output and HdrHistogram percentile files in $results)"
exit "$drive_code"
