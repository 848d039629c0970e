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

# The driver shares the two cores with what it measures: C1 only (C2 compiled for most of a run and
# cost more than it saved) and a heap that never needs a full collection.
driver_jvm="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms256m -Xmx512m"
