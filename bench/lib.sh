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
