#!/usr/bin/env bash
# Browser tests on a fresh database. Optional: E2E_PORT and VI_BUILD_ID to run
# beside someone else's run in the same working tree; extra args go to Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${E2E_PORT:-3100}"
mkdir -p tests/.tmp
rm -f "tests/.tmp/e2e-$PORT.db" "tests/.tmp/e2e-$PORT.db-wal" "tests/.tmp/e2e-$PORT.db-shm"
npx remix build >/dev/null
npx playwright test "$@"
