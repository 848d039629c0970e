#!/usr/bin/env bash
# The award at scale (see bench/README.md, "award"):
#   bench/award.sh [entries=5000] [jurors=300] [reviews=3] [winners=100] [patch-rate=100] [ranking-rate=10] [seconds=30] [warmup=10]
#                  [ranking-cycle=<id of a cycle scored by an earlier run: only the autosaves>]
# Starts an isolated platform (ports +3000, state in bench/target/award-state) on the built jars,
# makes a cycle of that size through the submission service's API, times the automatic assignment
# and the ranking, drives draft autosaves (PATCH, open loop) while the ranking is read, publishes
# the winners and waits for them in the catalogue's search and the metrics' outcomes. Prints
# figures, never fails on them; stops the platform on exit (BENCH_KEEP_UP leaves it running).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

source "$root/bench/lib.sh"

entries=5000 jurors=300 reviews=3 winners=100 patch_rate=100 ranking_rate=10 seconds=30 warmup=10 only=()
for arg in "$@"; do
  case "$arg" in
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    entries=*) entries=$(count "${arg#*=}") ;;
    jurors=*) jurors=$(count "${arg#*=}") ;;
    reviews=*) reviews="${arg#*=}" ;;
    winners=*) winners="${arg#*=}" ;;
    patch-rate=*) patch_rate="${arg#*=}" ;;
    ranking-rate=*) ranking_rate="${arg#*=}" ;;
    seconds=*) seconds="${arg#*=}" ;;
    warmup=*) warmup="${arg#*=}" ;;
    ranking-cycle=*) only=(--ranking-cycle "${arg#*=}") ;;
    *) echo "error: unknown argument '$arg'" >&2; exit 2 ;;
  esac
done

isolated_platform 3000 "$root/bench/target/award-state"
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "Building the applications and the benchmark (offline, what changed)..."
  ./mvnw -B -q -o package -DskipTests -pl bench,platform-launcher,catalog-service,metrics-service,submission-service,gateway -am
fi
platform() {
  java -XX:TieredStopAtLevel=1 -Xmx128m -Dplatform.home="$root" -jar "$root/platform-launcher/target/platform-launcher.jar" "$@"
}

results="bench/target/results/$(date +%Y%m%d-%H%M%S)-award-entries$entries"
mkdir -p "$results"
if platform status >/dev/null 2>&1; then
  echo "The award benchmark platform is already running: using it, leaving it running."
else
  stop_platform_on_exit
  platform up
fi

echo; loadavg "before the benchmark"
java $driver_jvm -jar bench/target/bench.jar award --submissions-url "http://localhost:$((8083 + offset))" \
  --catalog-url "http://localhost:$((8081 + offset))" --metrics-url "http://localhost:$((8082 + offset))" \
  --jwt-dir "$PLATFORM_STATE_DIR/jwt" --entries "$entries" --jurors "$jurors" --reviews "$reviews" --winners "$winners" \
  --patch-rate "$patch_rate" --ranking-rate "$ranking_rate" --duration "$seconds" --warmup "$warmup" \
  --output-dir "$results" "${only[@]}" | tee "$results/award.txt"
loadavg "after the benchmark" | tee -a "$results/award.txt"
echo; grep -E '^(AUTO-ASSIGNMENT|RANKING|AUTOSAVE|PUBLISH)' "$results/award.txt" | sed 's/^/RESULT /'
echo "(full output and HdrHistogram files in $results)"
