#!/usr/bin/env bash
# Runs every test tier (what `npm run test:all` does after installing the Debian packages):
# finds or starts PostgreSQL for the scale-out tests, checks for Chromium, runs vitest and
# ends with "N passed, N failed[, N skipped]" from its JSON report. A tier whose service is
# missing is reported as skipped, with the reason, never as passed; PARALLAX_TEST_REQUIRE_ALL=1
# (set by CI) turns a missing service into a failure instead. Extra arguments go to vitest.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
skipped_tiers=()

if [ -n "${PARALLAX_TEST_POSTGRES_URL:-}" ]; then
  echo "PostgreSQL tests run against $PARALLAX_TEST_POSTGRES_URL (PARALLAX_TEST_POSTGRES_URL)."
elif url=$(bash scripts/ensure-postgres.sh); then
  export PARALLAX_TEST_POSTGRES_URL="$url"
  echo "PostgreSQL tests run against $url."
else
  skipped_tiers+=("the integration tests on PostgreSQL: no PostgreSQL server could be found or started (see above)")
fi

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  unset PARALLAX_TEST_SKIP_E2E
  fc-list 2>/dev/null | grep -qiE 'wenquanyi|noto (sans|serif) cjk' ||
    echo "No CJK font (fonts-wqy-microhei): Chinese text in the screenshots will show as boxes." >&2
else
  export PARALLAX_TEST_SKIP_E2E="no Chromium at $chromium_path"
  skipped_tiers+=("the browser (e2e) tests: no Chromium at $chromium_path")
fi

if [ ${#skipped_tiers[@]} -gt 0 ]; then
  for tier in "${skipped_tiers[@]}"; do echo "Skipping $tier." >&2; done
  if [ "${PARALLAX_TEST_REQUIRE_ALL:-}" = 1 ]; then
    echo "PARALLAX_TEST_REQUIRE_ALL=1: every tier must run." >&2
    echo "0 passed, 0 failed"
    exit 1
  fi
fi

mkdir -p test-results
rm -f test-results/vitest.json
node node_modules/vitest/vitest.mjs run "$@"
test_status=$?
for tier in "${skipped_tiers[@]}"; do echo "Skipped $tier." >&2; done
node scripts/test-summary.mjs test-results/vitest.json
summary_status=$?
[ "$test_status" -eq 0 ] && [ "$summary_status" -eq 0 ]
