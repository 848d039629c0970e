#!/usr/bin/env bash
# The read path beside PostgreSQL's own speed (see bench/README.md, "Reads"):
#   bench/reads.sh [seconds=10] [connections=32] [rate=1000]
# Starts an isolated platform (ports +4000, state in bench/target/reads-state) on the built jars,
# timing its start, then runs, twice and interleaved (round 1 is the first traffic after start):
# pgbench -S on the platform's PostgreSQL, and wrk on each point read straight to its service
# (an initiative, a city, an indicator, the themes, a page of cities and of initiatives), each
# conditional read with its ETag in If-None-Match; then the bench's open-loop HdrHistogram driver
# at `rate` on each point read. Prints one table with each read's maximum as a share of pgbench,
# the 304 against its 200, the p99, each service's RSS after it all, and a RESULT line. Prints,
# never asserts.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
source "$root/bench/lib.sh"

seconds=10 connections=32 rate=1000
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    seconds=*) seconds="${arg#*=}" ;;
    connections=*) connections="${arg#*=}" ;;
    rate=*) rate="${arg#*=}" ;;
    *) echo "error: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done
for tool in wrk pgbench curl; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (Debian: apt-get install -y ${tool/pgbench/postgresql-contrib})" >&2; exit 2; }
done

isolated_platform 4000 "$root/bench/target/reads-state"
catalog="http://localhost:$((8081 + offset))"
metrics="http://localhost:$((8082 + offset))"
# name:service:path, the service's own port, no gateway (bench/gateway.sh measures that).
reads=(initiative:catalog:/api/v1/initiatives/haikou-bee-eater-protection
       city:catalog:/api/v1/cities/haikou
       themes:catalog:/api/v1/themes
       indicator:metrics:/api/v1/indicators/students_walking_to_school_share
       cities-page:catalog:/api/v1/cities?size=20
       initiatives-page:catalog:/api/v1/initiatives?size=20)
base_of() { case "$1" in catalog) echo "$catalog" ;; metrics) echo "$metrics" ;; esac; }

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "Building the applications and the benchmark (offline, what changed)..."
  ./mvnw -B -q -o package -DskipTests -pl bench,platform-launcher,catalog-service,metrics-service,submission-service,gateway -am
fi
platform() { java -XX:TieredStopAtLevel=1 -Xmx128m -Dplatform.home="$root" -jar "$root/platform-launcher/target/platform-launcher.jar" "$@"; }

results="bench/target/results/$(date +%Y%m%d-%H%M%S)-reads"
mkdir -p "$results"
stop_platform_on_exit
platform down >/dev/null 2>&1 || true
started=$(date +%s.%N)
platform up > "$results/up.txt"
up_seconds=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
tail -3 "$results/up.txt"

export PGPASSWORD=catalog
pg=(-h localhost -p "$pg_port" -U catalog catalog)
pgbench -i -s 10 -q "${pg[@]}" > "$results/pgbench-init.txt" 2>&1

# Each read's ETag, for its conditional twin.
declare -A etag
for read in "${reads[@]}"; do
  name="${read%%:*}" rest="${read#*:}" service="${rest%%:*}" path="${rest#*:}"
  etag[$name]=$(curl -s -D - -o /dev/null "$(base_of "$service")$path" | awk -F': ' 'tolower($1) == "etag" {gsub("\r", "", $2); print $2}')
done

wrk_rps() { # url [header] -> requests per second; non-2xx/3xx answers counted in the file
  local url="$1" header="${2:-}" file="$3"
  if [ -n "$header" ]; then wrk -t2 -c"$connections" -d"${seconds}s" -H "$header" "$url" > "$file"
  else wrk -t2 -c"$connections" -d"${seconds}s" "$url" > "$file"; fi
  awk '/Requests\/sec/ {printf "%d", $2}' "$file"
}

declare -A max
echo; loadavg "before round 1"
for round in 1 2; do
  echo "== Round $round"
  pgbench -S -c "$connections" -j 2 -T "$seconds" -n "${pg[@]}" > "$results/pgbench-$round.txt" 2>&1
  max[pgbench,$round]=$(awk '/^tps/ {printf "%d", $3}' "$results/pgbench-$round.txt")
  printf "   %-22s %8s tps\n" "pgbench -S" "${max[pgbench,$round]}"
  for read in "${reads[@]}"; do
    name="${read%%:*}" rest="${read#*:}" service="${rest%%:*}" path="${rest#*:}"
    max[$name,$round]=$(wrk_rps "$(base_of "$service")$path" "" "$results/wrk-$name-$round.txt")
    printf "   %-22s %8s rps\n" "$name" "${max[$name,$round]}"
    if [ -n "${etag[$name]}" ]; then
      max[$name-304,$round]=$(wrk_rps "$(base_of "$service")$path" "If-None-Match: ${etag[$name]}" "$results/wrk-$name-304-$round.txt")
      printf "   %-22s %8s rps\n" "$name 304" "${max[$name-304,$round]}"
    fi
  done
done
pgbench -i -I d "${pg[@]}" > /dev/null 2>&1 || true

declare -A p50 p99
echo "== Open loop at $rate rps, ${seconds} s each after 5 s of warm-up"
for read in "${reads[@]}"; do
  name="${read%%:*}" rest="${read#*:}" service="${rest%%:*}" path="${rest#*:}"
  java $driver_jvm -jar bench/target/bench.jar drive --base-url "$(base_of "$service")" --rate "$rate" --warmup 5 \
    --duration "$seconds" --queries "$name:$path" --label "$name $rate rps" > "$results/drive-$name.txt" 2>&1 || true
  row=$(awk -v k="$name" '$1 == k && NF >= 10 {print}' "$results/drive-$name.txt" | tail -1)
  p50[$name]=$(echo "$row" | awk '{print $6}')
  p99[$name]=$(echo "$row" | awk '{print $8}')
  printf "   %-22s p50 %8s ms  p99 %8s ms  (%s errors)\n" "$name" "${p50[$name]:--}" "${p99[$name]:--}" "$(echo "$row" | awk '{print $4}')"
done
loadavg "after the measurements"

declare -A rss
for service in catalog metrics submissions gateway; do
  pid=$(cut -d' ' -f1 "$PLATFORM_STATE_DIR/pids/$service.pid" 2>/dev/null || true)
  rss[$service]=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status" 2>/dev/null || echo "-")
done
startups=$(grep -ho "started in [0-9.]*s" "$PLATFORM_STATE_DIR"/logs/{catalog,metrics,submissions,gateway}.log 2>/dev/null | tr '\n' ' ')

share() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.0f%%", 100 * a / b }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f×", a / b }'; }
echo
echo "== Summary (maximum rps by wrk, $connections connections; share of pgbench -S in the same round)"
printf "%-18s %9s %9s %9s %9s %9s %9s %9s\n" "read" "round 1" "% pgb" "round 2" "% pgb" "1st/2nd" "304/200" "p99 ms"
printf "%-18s %9s %9s %9s %9s\n" "pgbench -S" "${max[pgbench,1]}" "" "${max[pgbench,2]}" ""
met=0 total=0
for read in "${reads[@]}"; do
  name="${read%%:*}"
  printf "%-18s %9s %9s %9s %9s %9s %9s %9s\n" "$name" "${max[$name,1]}" "$(share "${max[$name,1]}" "${max[pgbench,1]}")" \
    "${max[$name,2]}" "$(share "${max[$name,2]}" "${max[pgbench,2]}")" "$(share "${max[$name,1]}" "${max[$name,2]}")" \
    "$(ratio "${max[$name-304,2]:-}" "${max[$name,2]}")" "${p99[$name]:--}"
  total=$((total + 1))
  ok=$(awk -v a="${max[$name,2]}" -v b="${max[pgbench,2]}" -v p="${p99[$name]:-999}" 'BEGIN {print (a >= 0.4 * b && p <= 5) ? 1 : 0}')
  met=$((met + ok))
done
echo "RSS after the run: catalog ${rss[catalog]} MB, metrics ${rss[metrics]} MB, submissions ${rss[submissions]} MB, gateway ${rss[gateway]} MB"
echo "Start: ./platform up returned after $up_seconds s (Quarkus: $startups)"
echo "RESULT reads: $met of $total point reads at ≥ 40 % of pgbench -S with p99 ≤ 5 ms at $rate rps; RSS catalog ${rss[catalog]}, metrics ${rss[metrics]}, submissions ${rss[submissions]}, gateway ${rss[gateway]} MB (target ≤ 250); up in $up_seconds s (target ≤ 10) (full output in $results)"
