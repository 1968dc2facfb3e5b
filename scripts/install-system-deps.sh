#!/usr/bin/env bash
# Debian packages the tests need: Chromium for the browser tests (playwright cannot download
# its own browser here), a CJK font so Chinese text renders in screenshots, and PostgreSQL
# for the scale-out tests. Installs only what is missing, as root or through sudo when sudo
# needs no password. Where it cannot (no apt-get, not root and no password-less sudo, or
# apt-get failed) it says what is missing and exits 0: `npm run test:all` then reports the
# tests that need it as skipped. PARALLAX_TEST_REQUIRE_ALL=1 (set by CI) makes that an error.
set -uo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
# fonts-liberation: the Latin fonts Chromium's Debian package recommends (metric-compatible
# with Arial and Times), installed by name because recommends are skipped below.
[ -x "$chromium_path" ] || missing+=(chromium fonts-liberation)
fc-list 2>/dev/null | grep -qiE 'wenquanyi|noto (sans|serif) cjk' || missing+=(fonts-wqy-microhei)
{ command -v pg_ctlcluster && command -v psql; } >/dev/null 2>&1 || missing+=(postgresql postgresql-contrib)
if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages: chromium, a CJK font and postgresql are installed."
  exit 0
fi

cannot() {
  echo "System packages: could not install ${missing[*]}: $1." >&2
  echo "  Install them yourself (as root: apt-get install -y ${missing[*]}) to run every test;" >&2
  echo "  until then the tests that need them are reported as skipped." >&2
  [ "${PARALLAX_TEST_REQUIRE_ALL:-}" = 1 ] && exit 1
  exit 0
}

command -v apt-get >/dev/null 2>&1 || cannot "apt-get is not available (not a Debian system)"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  # -n: never wait for a password (the line must work with no one at the keyboard).
  sudo -n true >/dev/null 2>&1 || cannot "not root, and sudo is missing or needs a password"
  as_root=(sudo -n)
fi

echo "System packages: installing ${missing[*]} with apt-get…"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq || cannot "apt-get update failed"
# Quiet, but errors still reach the terminal. Without recommends: they would add a printer
# dialog, upower, Mesa and Python: 146 of 349 packages on a bare Debian 12, none a test uses.
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || cannot "apt-get install failed"
echo "System packages: installed ${missing[*]}."
