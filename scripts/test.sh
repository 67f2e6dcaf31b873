#!/usr/bin/env bash
# `npm test`: every test, in order, failing on the first failure —
# guardrails (lint, format, unused code), type check, unit + integration (vitest, temporary SQLite files), production
# build, end-to-end in Debian's Chromium (playwright, its own temporary database),
# then the hardening suite (scripts/test-hardening.sh, its own server and database,
# and Debian's nginx in front of it for the shared-cache test: installed when missing).
set -euo pipefail

cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

section() {
  printf '\n\033[1m==> %s\033[0m\n' "$1"
}

trap 'status=$?; if [ $status -ne 0 ]; then printf "\n\033[1;31mFAILED (exit %s) during: %s\033[0m\n" "$status" "${CURRENT:-setup}" >&2; fi' EXIT

CURRENT="Chromium"
section "Chromium for end-to-end tests"
if [ -x "$CHROMIUM_PATH" ]; then
  echo "Using $CHROMIUM_PATH"
else
  echo "$CHROMIUM_PATH is missing; installing Debian's chromium with apt-get"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
  if [ ! -x "$CHROMIUM_PATH" ]; then
    echo "chromium was installed but $CHROMIUM_PATH does not exist; set CHROMIUM_PATH" >&2
    exit 1
  fi
fi

CURRENT="nginx"
section "nginx for the shared-cache test (e2e/hardening/nginx-cache.spec.ts)"
export NGINX_PATH="${NGINX_PATH:-/usr/sbin/nginx}"
if [ -x "$NGINX_PATH" ]; then
  echo "Using $NGINX_PATH"
else
  echo "$NGINX_PATH is missing; installing Debian's nginx with apt-get"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y nginx
  if [ ! -x "$NGINX_PATH" ]; then
    echo "nginx was installed but $NGINX_PATH does not exist; set NGINX_PATH" >&2
    exit 1
  fi
fi

CURRENT="dependencies"
section "Dependencies"
if [ -d node_modules ]; then
  echo "node_modules present"
else
  npm ci
fi

CURRENT="guardrails"
section "Guardrails (ESLint, Prettier, knip)"
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn
npx knip

CURRENT="type check"
section "Type check (tsc --noEmit)"
npx tsc --noEmit

CURRENT="unit and integration tests"
section "Unit and integration tests (vitest)"
npx vitest run

CURRENT="production build"
section "Production build (next build)"
npx next build

CURRENT="end-to-end tests"
section "End-to-end tests (playwright, Chromium at $CHROMIUM_PATH)"
npx playwright test

CURRENT="hardening suite"
section "Hardening suite (fuzzing, hostile text, authorisation, concurrency, crash, backup, load, headers, read-only/full disk, nginx cache)"
bash scripts/test-hardening.sh --no-build

CURRENT="done"
printf '\n\033[1;32mAll tests passed.\033[0m\n'
