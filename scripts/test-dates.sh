#!/usr/bin/env bash
# Runs the tests as if today were another date: every Node process of the run
# (vitest and its workers, Playwright, the e2e server and so its app clock)
# starts on the chosen date, through the preload scripts/shift-date.mjs.
# Proves the suite reads the app clock, never the wall clock, for expectations.
#
#   bash scripts/test-dates.sh                          # vitest + Playwright on the three default dates
#   bash scripts/test-dates.sh --dates "2029-12-31"     # other dates (YYYY-MM-DD, 11:00 in Norway)
#   bash scripts/test-dates.sh --no-e2e                 # vitest only
#   bash scripts/test-dates.sh --no-unit -- tests/e2e/partner.spec.ts   # chosen specs only
#
# Arguments after `--` go to Playwright (spec files, --grep …). The browser's
# own clock is not moved: pages get their dates from the server.
set -euo pipefail
cd "$(dirname "$0")/.."

DATES="2027-01-01 2027-06-30 2028-02-29"
RUN_UNIT=1
RUN_E2E=1
while [ $# -gt 0 ]; do
  case "$1" in
    --dates) DATES="$2"; shift 2 ;;
    --no-unit) RUN_UNIT=0; shift ;;
    --no-e2e) RUN_E2E=0; shift ;;
    --) shift; break ;;
    *) echo "Ukjent valg: $1 (se toppen av $0)"; exit 2 ;;
  esac
done

PRELOAD="$(pwd)/scripts/shift-date.mjs"
NODE_OPTIONS_BASE="${NODE_OPTIONS:-}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
failed=()
for day in $DATES; do
  if ! target_s=$(date -u -d "${day}T10:00:00Z" +%s 2>/dev/null); then
    echo "Ugyldig dato: $day (bruk ÅÅÅÅ-MM-DD)"; exit 2
  fi
  # One offset for every process of this run, so they agree on "now".
  export VI_DATE_OFFSET_MS=$(( (target_s - $(date -u +%s)) * 1000 ))
  export NODE_OPTIONS="--import=${PRELOAD}${NODE_OPTIONS_BASE:+ $NODE_OPTIONS_BASE}"
  echo "== $day (app clock and test processes start at ${day}T10:00Z)"
  if [ "$RUN_UNIT" = 1 ]; then
    npx vitest run || failed+=("$day vitest")
  fi
  if [ "$RUN_E2E" = 1 ]; then
    bash scripts/e2e.sh "$@" || failed+=("$day playwright")
  fi
done
unset VI_DATE_OFFSET_MS NODE_OPTIONS

if [ ${#failed[@]} -gt 0 ]; then
  echo "Feilet: ${failed[*]}"
  exit 1
fi
echo "Grønt på alle datoer: $DATES"
