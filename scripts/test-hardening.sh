#!/usr/bin/env bash
# `npm run test:hardening`: the reliability and security suite (e2e/hardening/,
# playwright.hardening.config.ts) against the production build on a temporary
# database. Builds first unless --no-build (scripts/test.sh has just built).
set -euo pipefail

cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

build=1
args=()
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=0; else args+=("$arg"); fi
done

started=$(date +%s)
if [ "$build" -eq 1 ]; then
  echo "==> Production build (next build)"
  npx next build
fi
echo "==> Hardening suite (playwright, Chromium at $CHROMIUM_PATH)"
npx playwright test --config playwright.hardening.config.ts "${args[@]+"${args[@]}"}"
echo "==> Hardening suite passed in $(( $(date +%s) - started )) s"
