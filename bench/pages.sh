#!/usr/bin/env bash
# Web page latency at the gateway (see bench/README.md, "Web pages"):
#   bench/pages.sh [rate=20] [seconds=20] [warmup=10] [target-ms=50]
# Starts an isolated platform (ports +3500, state in bench/target/pages-state) on the built jars
# and drives each server-rendered public page open loop with the bench's HdrHistogram driver
# (latency from the intended send time), one page after the other: the search page without and
# with a query, a city, an initiative's profile and the dashboard. Prints p50/p95/p99 per page and
# a RESULT line against the web issue's target (p95 ≤ 50 ms); never fails on the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
source "$root/bench/lib.sh"

rate=20 seconds=20 warmup=10 target=50
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    rate=*) rate="${arg#*=}" ;;
    seconds=*) seconds="${arg#*=}" ;;
    warmup=*) warmup="${arg#*=}" ;;
    target-ms=*) target="${arg#*=}" ;;
    *) echo "error: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

isolated_platform 3500 "$root/bench/target/pages-state"
gateway="http://localhost:$((8080 + offset))"
pages=(search:/ search-bee-eater:/?q=bee-eater city:/cities/haikou
       initiative:/initiatives/haikou-bee-eater-protection dashboard:/dashboard)
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "Building the applications and the benchmark (offline, what changed)..."
  ./mvnw -B -q -o package -DskipTests -pl bench,platform-launcher,catalog-service,metrics-service,submission-service,gateway -am
fi
platform() { java -XX:TieredStopAtLevel=1 -Xmx128m -Dplatform.home="$root" -jar "$root/platform-launcher/target/platform-launcher.jar" "$@"; }

results="bench/target/results/$(date +%Y%m%d-%H%M%S)-pages"
mkdir -p "$results"
stop_platform_on_exit
# Every request comes from 127.0.0.1, one caller, whose read limit must not be what is measured.
GATEWAY_RATE_LIMIT_READS=1000000000 platform up | tail -3

echo; loadavg "before the measurements"
declare -A p50 p95 p99 errors
for page in "${pages[@]}"; do
  kind="${page%%:*}" path="${page#*:}"
  java $driver_jvm -jar bench/target/bench.jar drive --base-url "$gateway" --rate "$rate" --warmup "$warmup" \
    --duration "$seconds" --queries "$kind:$path" --header "Accept: text/html" --target "$kind:$target" \
    --label "page $kind $rate rps" > "$results/drive-$kind.txt" 2>&1 || true
  line=$(grep "latency from the intended send time" "$results/drive-$kind.txt" | tail -1)
  p50[$kind]=$(echo "$line" | sed -n 's/.*p50 \([0-9.]*\).*/\1/p')
  p95[$kind]=$(echo "$line" | sed -n 's/.*p95 \([0-9.]*\).*/\1/p')
  p99[$kind]=$(echo "$line" | sed -n 's/.*p99 \([0-9.]*\).*/\1/p')
  errors[$kind]=$(grep "measured:" "$results/drive-$kind.txt" | tail -1 | sed -n 's/.*requests, \([0-9]*\) errors.*/\1/p')
  printf "   %-17s %-45s p50 %7s ms  p95 %7s ms  p99 %7s ms  (%s errors)\n" "$kind" "$path" "${p50[$kind]:--}" \
    "${p95[$kind]:--}" "${p99[$kind]:--}" "${errors[$kind]:--}"
done
loadavg "after the measurements"
worst=$(for page in "${pages[@]}"; do kind="${page%%:*}"; echo "${p95[$kind]:-999999} $kind"; done | sort -g | tail -1)
met=$(awk -v w="${worst%% *}" -v t="$target" 'BEGIN {print (w <= t) ? "met" : "NOT met"}')
echo "RESULT pages at $rate rps: the slowest p95 is ${worst%% *} ms (${worst#* }), target ≤ $target ms: $met (full output in $results)"
