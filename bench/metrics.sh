#!/usr/bin/env bash
# Metrics API benchmark (see bench/README.md, "metrics"):
#   bench/metrics.sh [rows=10M] [aggregate-rate=200] [read-rate=1000] [seconds=30] [warmup=10] [load-only]
# Builds the committed code (HEAD) in bench/target/head, starts it as an isolated platform (ports
# +4000, state in bench/target/metrics-state), loads or tops up the synthetic observations, has the service rebuild its
# rollup, prints EXPLAIN ANALYZE of representative requests as the service runs them, then drives
# dashboard aggregates and observation/series reads at fixed rates (open loop, latency from the
# intended send time) and prints p50/p95/p99 and throughput. Stops the platform on exit.
# METRICS_CACHE_TTL=0S measures without the service's short answer cache.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

source "$root/bench/lib.sh"

rows=10000000 aggregate_rate=200 read_rate=1000 seconds=30 warmup=10 load_only=""
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    rows=*) rows=$(count "${arg#*=}") ;;
    aggregate-rate=*) aggregate_rate="${arg#*=}" ;;
    read-rate=*) read_rate="${arg#*=}" ;;
    seconds=*) seconds="${arg#*=}" ;;
    warmup=*) warmup="${arg#*=}" ;;
    load-only) load_only=1 ;;
    *) echo "error: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

isolated_platform 4000 "$root/bench/target/metrics-state"
metrics_url="http://localhost:$((8082 + offset))"
# The committed code (HEAD), built in its own worktree: uncommitted work in the tree and rebuilds
# during the run cannot leak into the figures.
head_dir="$root/bench/target/head"
rev=$(git rev-parse HEAD)
if [ ! -f "$head_dir/.built-$rev" ]; then
  echo "Building HEAD ($rev) in $head_dir..."
  git worktree remove --force "$head_dir" >/dev/null 2>&1 || rm -rf "$head_dir"
  git worktree prune
  git worktree add --detach "$head_dir" HEAD >/dev/null
  (cd "$head_dir" && ./mvnw -B -q package -DskipTests)
  touch "$head_dir/.built-$rev"
fi
home="$head_dir"
bench_jar="$head_dir/bench/target/bench.jar"
platform() {
  java -XX:TieredStopAtLevel=1 -Xmx128m -Dplatform.home="$home" -jar "$home/platform-launcher/target/platform-launcher.jar" "$@"
}

results="bench/target/results/$(date +%Y%m%d-%H%M%S)-metrics-rows$rows"
mkdir -p "$results"
if platform status >/dev/null 2>&1; then
  echo "The metrics benchmark platform is already running: using it, leaving it running."
else
  stop_platform_on_exit
  platform up
fi
admin="Authorization: Bearer $(platform token admin | tail -1)"

load() {
  java -Xmx1g -jar "$bench_jar" metrics-load --jdbc-url "jdbc:postgresql://localhost:$pg_port/metrics" \
    --user metrics --password metrics --rows "$rows" --queries-file "$results/queries.txt" | tee -a "$results/load.txt"
}
echo; loadavg "before loading"
start=$(date +%s)
load
if grep -q '^ROLLUP-STALE' "$results/load.txt"; then
  echo "== Rebuilding the rollup (POST /internal/v1/rollup/rebuild)..."
  t=$(date +%s)
  curl -sS --fail-with-body -X POST -H "$admin" "$metrics_url/internal/v1/rollup/rebuild" -o /dev/null -w "rollup rebuilt: HTTP %{http_code}"
  echo " in $(( $(date +%s) - t )) s"
  load
fi
echo "load total: $(( $(date +%s) - start )) s"
[ -n "$load_only" ] && exit 0

echo; echo "== EXPLAIN ANALYZE of representative requests, as the service runs them (/internal/v1/explain)"
mapfile -t kinds < "$results/queries.txt"
for line in "${kinds[@]}"; do
  kind="${line%%:*}"; first="${line#*:}"; first="${first%%|*}"
  path="${first%%\?*}"; query="${first#*\?}"
  echo "-- $kind: $first"
  curl -sS --fail-with-body -H "$admin" "$metrics_url/internal/v1/explain/${path##*/}?$query" | tee -a "$results/explain.txt"
done

drive() { # label rate kind...
  local label="$1" rate="$2"; shift 2
  local args=()
  for kind in "$@"; do
    args+=(--queries "$(grep "^$kind:" "$results/queries.txt")")
    # The driver judges p95; the reads' target is on p99, read from the table.
    [ "$kind" = aggregates ] && args+=(--target "aggregates:50")
  done
  java $driver_jvm -jar "$bench_jar" drive --base-url "$metrics_url" --rate "$rate" --warmup "$warmup" \
    --duration "$seconds" --label "$label" --output-dir "$results" "${args[@]}" | tee -a "$results/drive.txt"
}
cache_stats() {
  curl -s "$metrics_url/q/metrics" | grep -E '^cache_gets_total\{cache="answers"' | sed -E 's/.*result="([a-z]+)".* ([0-9.E]+)$/\1=\2/' | tr '\n' ' '
}
echo; loadavg "before the aggregates"
echo "answer cache (METRICS_CACHE_TTL=${METRICS_CACHE_TTL:-20S}) before: $(cache_stats)"
drive "rows=$rows dashboard aggregates (target p95 <= 50 ms), cache TTL ${METRICS_CACHE_TTL:-20S}" "$aggregate_rate" aggregates || true
echo "answer cache after: $(cache_stats)" | tee -a "$results/drive.txt"
loadavg "before the reads"
drive "rows=$rows observation and series reads (target p99 <= 10 ms), cache TTL ${METRICS_CACHE_TTL:-20S}" "$read_rate" observations series || true
echo "answer cache after the reads: $(cache_stats)" | tee -a "$results/drive.txt"
loadavg "after"
echo; grep '^SUMMARY' "$results/drive.txt" | sed 's/^/RESULT /'
echo "(full output, plans and HdrHistogram files in $results)"
