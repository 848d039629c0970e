# Shared by the benchmark scripts (sourced, not run).

count() { # 100k -> 100000, 1M -> 1000000
  local v="$1"
  case "$v" in
    *[kK]) v=$(( ${v%[kK]} * 1000 )) ;;
    *[mM]) v=$(( ${v%[mM]} * 1000000 )) ;;
  esac
  [[ "$v" =~ ^[0-9]+$ ]] || { echo "error: '$1' is not a count" >&2; exit 2; }
  echo "$v"
}

# The benchmark's own platform: ports shifted by BENCH_PORT_OFFSET (default $1), data in
# BENCH_STATE_DIR (default $2), never the developer's .platform/. Sets offset and pg_port.
isolated_platform() {
  offset="${BENCH_PORT_OFFSET:-$1}"
  export PLATFORM_PORT_OFFSET="$offset"
  export PLATFORM_STATE_DIR="${BENCH_STATE_DIR:-$2}"
  unset PLATFORM_PG_PORT
  pg_port=$((54329 + offset))
}

# Stops the benchmark's platform (the caller's platform function) when the script exits, unless
# BENCH_KEEP_UP is set: then it says how to stop it.
stop_platform_on_exit() {
  stop() { local code=$?
    if [ -z "${BENCH_KEEP_UP:-}" ]; then echo "Stopping the benchmark platform..."; platform down >/dev/null 2>&1 || true
    else echo "BENCH_KEEP_UP: stop it with PLATFORM_PORT_OFFSET=$offset PLATFORM_STATE_DIR=$PLATFORM_STATE_DIR ./platform down"; fi
    exit $code; }
  trap stop EXIT
  trap 'exit 130' INT TERM
}

loadavg() { echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) ($1)"; }

# The driver shares the two cores with what it measures: C1 only (C2 compiled for most of a run and
# cost more than it saved) and a heap that never needs a full collection.
driver_jvm="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms256m -Xmx512m"
