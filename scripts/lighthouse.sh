#!/usr/bin/env bash
# `npm run lighthouse [-- PATH …]`: Lighthouse 12.2.3 against the built app with the demo data, in
# Debian's Chromium, desktop and mobile: performance, accessibility, total blocking time and largest
# contentful paint per page (default: the demo pair page). Lighthouse is fetched by `npx` (13 needs
# Node 22), never a dependency. Run `npx next build` first. Starts its own server on a fresh
# temporary database, port LIGHTHOUSE_PORT (default 4001); LIGHTHOUSE_RUNS (default 1) runs per form
# factor. Timings depend on the machine: the load average is printed with the scores.
set -euo pipefail

cd "$(dirname "$0")/.."
PORT="${LIGHTHOUSE_PORT:-4001}"
RUNS="${LIGHTHOUSE_RUNS:-1}"
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=("/pairs/ana-de-armas--tom-cruise")
[ -f .next/BUILD_ID ] || { echo "No build: run npx next build first." >&2; exit 2; }
export CHROME_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

DIR="$(mktemp -d)"
SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
  rm -rf "$DIR"
}
trap cleanup EXIT

DATABASE_PATH="$DIR/lighthouse.db" RUMOR_LEDGER_DEMO=1 NEXT_TELEMETRY_DISABLED=1 \
  node server.mjs --port "$PORT" --hostname 127.0.0.1 >"$DIR/server.log" 2>&1 &
SERVER=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "$BASE/" 2>/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
  sleep 1
done
for page in "${PAGES[@]}"; do curl -fsS -o /dev/null "$BASE$page"; done # the first render of each page, as a cache would hold it

printf 'load average before: %s (%s cores)\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)"
for page in "${PAGES[@]}"; do
  for preset in desktop mobile; do
    for run in $(seq 1 "$RUNS"); do
      out="$DIR/$preset-$run.json"
      flags=(--only-categories=performance,accessibility --output=json --output-path="$out" --quiet
        --chrome-flags="--headless=new --no-sandbox --disable-gpu")
      [ "$preset" = desktop ] && flags+=(--preset=desktop)
      npx --yes lighthouse@12.2.3 "$BASE$page" "${flags[@]}"
      node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const a = r.audits, c = r.categories;
        const ms = (id) => Math.round(a[id].numericValue);
        console.log(`${process.argv[2]} ${process.argv[3].padEnd(7)} performance ${Math.round(c.performance.score * 100)}, accessibility ${Math.round(c.accessibility.score * 100)}, TBT ${ms("total-blocking-time")} ms, LCP ${ms("largest-contentful-paint")} ms, FCP ${ms("first-contentful-paint")} ms`);
      ' "$out" "$page" "$preset"
    done
  done
done
printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
