#!/usr/bin/env bash
# `npm test`: typecheck, unit/integration/contract tests (vitest), then browser
# tests (Playwright + Debian's Chromium, installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Chromium mangler: installerer Debians chromium med apt-get …"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium mangler. Kjør som root:  apt-get update && apt-get install -y chromium"
    echo "(eller sett CHROMIUM_PATH til en Chromium/Chrome du har)"
    exit 1
  fi
fi
export CHROMIUM_PATH="$CHROMIUM"

echo "== typecheck"
npx tsc --noEmit

echo "== lint"
npm run --silent lint

echo "== format"
npm run --silent format:check

echo "== vitest"
npx vitest run

echo "== build"
npx remix build >/dev/null

echo "== playwright"
mkdir -p tests/.tmp
rm -f tests/.tmp/e2e-*.db tests/.tmp/e2e-*.db-wal tests/.tmp/e2e-*.db-shm
npx playwright test
