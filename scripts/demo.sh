#!/usr/bin/env bash
# `npm run demo`: builds the app and serves it with the demo dataset.
# The database is DATABASE_PATH (default data/rumor-ledger.db); it is created
# and migrated on start, and the demo data goes in only if it is empty.
set -euo pipefail

cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export RUMOR_LEDGER_DEMO=1
export DATABASE_PATH="${DATABASE_PATH:-data/rumor-ledger.db}"
PORT="${PORT:-3000}"

if [ ! -d node_modules ]; then
  npm ci
fi

printf '\n==> Building (next build)\n'
npx next build

printf '\n==> Serving Rumor Ledger with demo data from %s\n' "$DATABASE_PATH"
printf '    Open http://localhost:%s\n\n' "$PORT"
exec node server.mjs --port "$PORT"
