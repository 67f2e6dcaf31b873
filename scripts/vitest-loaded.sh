#!/usr/bin/env bash
# `npm run test:loaded [-- --runs N --hogs N]`: the vitest suite's robustness check, not part of `npm test`.
# Runs the whole vitest suite N times in a row (3 by default) while N CPU hogs (`yes > /dev/null`, 2 by
# default; --hogs 0 for an idle measurement; vitest arguments after --) compete for the cores, and prints for each run whether it
# passed, its wall time, its CPU time (user+sys of vitest and its workers) and the load average around it.
# The hogs are stopped when the script ends, however it ends. Exits non-zero when any run failed.
set -euo pipefail

cd "$(dirname "$0")/.."

runs=3
hogs=2
vitest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --hogs) hogs="$2"; shift 2 ;;
    --) shift; vitest_args=("$@"); break ;;
    *) echo "usage: $0 [--runs N] [--hogs N] [-- vitest arguments, e.g. one file]" >&2; exit 2 ;;
  esac
done

hog_pids=()
stop_hogs() {
  for pid in "${hog_pids[@]+"${hog_pids[@]}"}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${hog_pids[@]+"${hog_pids[@]}"}"; do wait "$pid" 2>/dev/null || true; done
  hog_pids=()
}
trap stop_hogs EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 "$hogs"); do
  yes > /dev/null &
  hog_pids+=("$!")
done
echo "==> vitest, $runs runs with $hogs CPU hog(s) beside it (pids: ${hog_pids[*]:-none}) on $(nproc) cores"

load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }
logs=$(mktemp -d "${TMPDIR:-/tmp}/vitest-loaded-XXXXXX")
failed=0
summary=()
for run in $(seq 1 "$runs"); do
  log="$logs/run-$run.log"
  before=$(load)
  TIMEFORMAT="%R %U %S"
  # `time` reports the wall clock and the CPU of vitest and every worker it started (they are its children).
  if { time npx vitest run "${vitest_args[@]+"${vitest_args[@]}"}" > "$log" 2>&1; } 2> "$logs/time-$run"; then verdict="PASS"; else verdict="FAIL"; failed=1; fi
  read -r wall user sys < <(tail -n 1 "$logs/time-$run")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  tests=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests ' | tr -s ' ' | sed 's/^ //' || true)
  line="run $run/$runs: $verdict  wall ${wall} s  CPU ${cpu} s (user+sys)  load ${before} -> $(load)  ${tests:-(no summary: see $log)}"
  summary+=("$line")
  echo "$line"
done

stop_hogs
echo "==> summary ($hogs hog(s); logs in $logs)"
printf '%s\n' "${summary[@]}"
exit "$failed"
