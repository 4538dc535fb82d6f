#!/usr/bin/env bash
# The whole test suite: static checks, unit tests (Vitest), end-to-end tests (Playwright).
# Every step runs even if an earlier one fails; scripts/test-summary.mjs prints the last
# line, `tests: N passed, N failed`, and the exit status is non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

t0=$SECONDS
step() { echo; echo "::: $1 (t=$((SECONDS - t0))s)"; }

rm -rf reports
mkdir -p reports

# --- static checks: each one counts as one test in the summary -------------------------
checks=()
static_check() { # name, command...
  local name=$1 ok=true
  shift
  step "$name: $*"
  NO_COLOR=1 "$@" || ok=false # plain output in CI logs
  checks+=("{\"name\":\"$name\",\"command\":\"$*\",\"ok\":$ok}")
}
static_check types npx tsc -b --noEmit
static_check lint npx eslint . --max-warnings=0
static_check format npx prettier --check .
(IFS=,; printf '{"checks":[%s]}\n' "${checks[*]}") > reports/static.json

# --- unit tests --------------------------------------------------------------------------
step "unit: vitest run"
NO_COLOR=1 npx vitest run   # NO_COLOR only here: Playwright sets FORCE_COLOR for its children
unit=$?

# --- end-to-end tests --------------------------------------------------------------------
step "browser: ensure-browser"
if node scripts/ensure-browser.mjs; then
  step "e2e: playwright test"
  npx playwright test
  e2e=$?
else
  echo "::: e2e: skipped (no browser); counted as failed"
  e2e=1
fi

echo
echo "::: done in $((SECONDS - t0))s"
node scripts/test-summary.mjs
summary=$?

static_failed=$(grep -c '"ok":false' reports/static.json || true)
[ "$summary" -eq 0 ] && [ "$unit" -eq 0 ] && [ "$e2e" -eq 0 ] && [ "$static_failed" -eq 0 ]
