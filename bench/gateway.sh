#!/usr/bin/env bash
# Gateway overhead benchmark (see bench/README.md, "gateway"):
#   bench/gateway.sh [seconds=20] [warmup=10] [connections=32] [rate=1000]
# Starts an isolated platform (ports +3000, state in bench/target/gateway-state) on copies of the
# built applications, and nginx (bench/nginx-gateway.conf) in front of the same catalogue; then,
# for GET /api/v1/initiatives/haikou-bee-eater-protection and GET /api/v1/themes, directly, through
# nginx and through the gateway: maximum throughput (wrk), and open-loop latency (the bench's
# HdrHistogram driver) at 1,000 rps and at half the direct maximum. Prints added p50/p99, the
# gateway's maximum as % of direct, and proxy CPU per request (from /proc). Prints, never asserts.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
source "$root/bench/lib.sh"

seconds=20 warmup=10 connections=32 rate=1000
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    seconds=*) seconds="${arg#*=}" ;;
    warmup=*) warmup="${arg#*=}" ;;
    connections=*) connections="${arg#*=}" ;;
    rate=*) rate="${arg#*=}" ;;
    *) echo "error: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done
for tool in nginx wrk; do
  command -v "$tool" >/dev/null || { echo "error: $tool is missing (Debian: apt-get install -y $tool)" >&2; exit 2; }
done

isolated_platform 3000 "$root/bench/target/gateway-state"
direct="http://localhost:$((8081 + offset))"
gateway="http://localhost:$((8080 + offset))"
nginx_port=$((8090 + offset))
proxied="http://127.0.0.1:$nginx_port"
endpoints=(initiative:/api/v1/initiatives/haikou-bee-eater-protection themes:/api/v1/themes)

# Copies of the built applications (BENCH_HOME: another build's, for a before/after comparison), so
# that a rebuild of the tree during the run cannot pull the jars away.
home="${BENCH_HOME:-$root/bench/target/gateway-apps}"
if [ -z "${BENCH_HOME:-}" ]; then
  for module in catalog-service metrics-service submission-service gateway; do
    [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || { echo "Building (./mvnw -B -q package -DskipTests)..."; ./mvnw -B -q package -DskipTests; break; }
  done
  [ -f bench/target/bench.jar ] || ./mvnw -B -q -f bench/pom.xml package
  rm -rf "$home"
  for module in catalog-service metrics-service submission-service gateway; do
    mkdir -p "$home/$module/target" && cp -r "$module/target/quarkus-app" "$home/$module/target/"
  done
  mkdir -p "$home/platform-launcher/target" && cp platform-launcher/target/platform-launcher.jar "$home/platform-launcher/target/"
  cp bench/target/bench.jar "$home/bench.jar"
fi
bench_jar="$home/bench.jar"
[ -f "$bench_jar" ] || bench_jar="$root/bench/target/bench.jar"
platform() { java -XX:TieredStopAtLevel=1 -Xmx128m -Dplatform.home="$home" -jar "$home/platform-launcher/target/platform-launcher.jar" "$@"; }

results="bench/target/results/$(date +%Y%m%d-%H%M%S)-gateway"
mkdir -p "$results/nginx"
nginx_pid=""
stop() {
  local code=$?
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  if [ -z "${BENCH_KEEP_UP:-}" ]; then echo "Stopping the benchmark platform..."; platform down >/dev/null 2>&1 || true
  else echo "BENCH_KEEP_UP: stop it with PLATFORM_PORT_OFFSET=$offset PLATFORM_STATE_DIR=$PLATFORM_STATE_DIR ./platform down"; fi
  exit $code
}
trap stop EXIT
trap 'exit 130' INT TERM
# Every benchmark request comes from 127.0.0.1: one caller, whose read limit must not be what is measured.
GATEWAY_RATE_LIMIT_READS=1000000000 platform up | tail -3

sed -e "s|@PREFIX@|$root/$results/nginx|g" -e "s|@PORT@|$nginx_port|g" -e "s|@UPSTREAM@|127.0.0.1:$((8081 + offset))|g" \
  bench/nginx-gateway.conf > "$results/nginx/nginx.conf"
nginx -p "$results/nginx" -c "$root/$results/nginx/nginx.conf" &
nginx_pid=$!
sleep 1
gateway_pid=$(cut -d' ' -f1 "$PLATFORM_STATE_DIR/pids/gateway.pid")

ticks=$(getconf CLK_TCK)
cpu_ticks() { # utime + stime of the given processes, in clock ticks
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat") ))
  done
  echo "$total"
}
proxy_pids() {
  case "$1" in
    nginx) echo "$nginx_pid $(pgrep -P "$nginx_pid" | tr '\n' ' ')" ;;
    gateway) echo "$gateway_pid" ;;
    *) echo "" ;;
  esac
}
base_of() { case "$1" in direct) echo "$direct" ;; nginx) echo "$proxied" ;; gateway) echo "$gateway" ;; esac; }

echo
loadavg "before the warm-up"
echo "== Warm-up: ${warmup} s of wrk per endpoint and target (JIT), not reported"
for endpoint in "${endpoints[@]}"; do
  for target in direct nginx gateway; do
    wrk -t2 -c"$connections" -d"${warmup}s" "$(base_of $target)${endpoint#*:}" >/dev/null
  done
done

declare -A max cpu p50 p99
echo
loadavg "before the measurements"
for endpoint in "${endpoints[@]}"; do
  kind="${endpoint%%:*}" path="${endpoint#*:}"
  echo "== $kind: GET $path"
  for target in direct nginx gateway; do
    pids=$(proxy_pids $target)
    before=$(cpu_ticks $pids)
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" "$(base_of $target)$path")
    after=$(cpu_ticks $pids)
    echo "$out" > "$results/wrk-$kind-$target.txt"
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    max[$kind,$target]=$rps
    if [ -n "$pids" ] && [ "${requests:-0}" -gt 0 ]; then
      cpu[$kind,$target]=$(awk -v t=$((after - before)) -v hz="$ticks" -v n="$requests" 'BEGIN {printf "%.1f", t / hz / n * 1e6}')
    else
      cpu[$kind,$target]="-"
    fi
    printf "   wrk %-8s max %10s rps%s, proxy CPU %s µs/request\n" "$target" "$rps" "${non2xx:+ ($non2xx non-2xx)}" "${cpu[$kind,$target]}"
  done
  half=$(awk -v m="${max[$kind,direct]}" 'BEGIN {printf "%d", m / 2}')
  for load in "$rate" "$half"; do
    for target in direct nginx gateway; do
      java $driver_jvm -jar "$bench_jar" drive --base-url "$(base_of $target)" --rate "$load" --warmup 5 \
        --duration "$seconds" --queries "$kind:$path" --label "$kind $target $load rps" > "$results/drive-$kind-$target-$load.txt" 2>&1 || true
      row=$(awk -v k="$kind" '$1 == k && NF >= 10 {print}' "$results/drive-$kind-$target-$load.txt" | tail -1)
      p50[$kind,$target,$load]=$(echo "$row" | awk '{print $6}')
      p99[$kind,$target,$load]=$(echo "$row" | awk '{print $8}')
      printf "   open loop %6s rps %-8s p50 %8s ms  p99 %8s ms  (%s errors, %s rps answered)\n" "$load" "$target" \
        "${p50[$kind,$target,$load]:--}" "${p99[$kind,$target,$load]:--}" "$(echo "$row" | awk '{print $4}')" "$(echo "$row" | awk '{print $5}')"
    done
  done
done
loadavg "after the measurements"

added() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a == "-" || b == "-") print "-"; else printf "%+.2f", a - b }'; }
echo
echo "== Summary (added latency = through the proxy minus direct, same rate; CPU from /proc, µs per request at maximum throughput)"
printf "%-11s %-8s %10s %9s %10s" "endpoint" "target" "max rps" "% direct" "CPU µs/req"
for label in "1000" "half"; do printf " %11s %11s" "+p50@$label" "+p99@$label"; done
echo
for endpoint in "${endpoints[@]}"; do
  kind="${endpoint%%:*}"
  half=$(awk -v m="${max[$kind,direct]}" 'BEGIN {printf "%d", m / 2}')
  for target in direct nginx gateway; do
    share=$(awk -v a="${max[$kind,$target]}" -v d="${max[$kind,direct]}" 'BEGIN {printf "%.0f%%", 100 * a / d}')
    printf "%-11s %-8s %10s %9s %10s" "$kind" "$target" "${max[$kind,$target]}" "$share" "${cpu[$kind,$target]}"
    for load in "$rate" "$half"; do
      if [ "$target" = direct ]; then
        printf " %11s %11s" "${p50[$kind,direct,$load]}" "${p99[$kind,direct,$load]}"
      else
        printf " %11s %11s" "$(added "${p50[$kind,$target,$load]}" "${p50[$kind,direct,$load]}")" \
          "$(added "${p99[$kind,$target,$load]}" "${p99[$kind,direct,$load]}")"
      fi
    done
    echo
  done
  echo "RESULT $kind: gateway max ${max[$kind,gateway]} rps = $(awk -v a="${max[$kind,gateway]}" -v d="${max[$kind,direct]}" 'BEGIN {printf "%.0f%%", 100 * a / d}') of direct (nginx $(awk -v a="${max[$kind,nginx]}" -v d="${max[$kind,direct]}" 'BEGIN {printf "%.0f%%", 100 * a / d}')); at half the direct maximum ($half rps) the gateway adds p50 $(added "${p50[$kind,gateway,$half]}" "${p50[$kind,direct,$half]}") ms, p99 $(added "${p99[$kind,gateway,$half]}" "${p99[$kind,direct,$half]}") ms (nginx p99 $(added "${p99[$kind,nginx,$half]}" "${p99[$kind,direct,$half]}") ms); CPU per request gateway ${cpu[$kind,gateway]} µs, nginx ${cpu[$kind,nginx]} µs"
done
echo "(for direct, the latency columns are its own p50/p99 in ms; full output in $results)"
