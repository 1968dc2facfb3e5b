#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 for user postgres without a
# password, starting Debian's cluster (and allowing loopback trust) when needed. Prints the
# server URL on success; exits non-zero when no server can be had.
set -uo pipefail
url="postgresql://postgres@127.0.0.1:5432/postgres"
answers() { psql "$url" -Atqc 'select 1' >/dev/null 2>&1; }
if answers; then echo "$url"; exit 0; fi
command -v pg_lsclusters >/dev/null 2>&1 || exit 1
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
version=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1}')
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  $sudo pg_createcluster "$version" main >/dev/null || exit 1
fi
hba="/etc/postgresql/$version/main/pg_hba.conf"
if ! grep -qE '^host\s+all\s+postgres\s+127\.0\.0\.1/32\s+trust' "$hba"; then
  # Loopback only, for the test user: the tests create and drop their own databases.
  $sudo sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
fi
$sudo pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || $sudo pg_ctlcluster --skip-systemctl-redirect "$version" main reload >/dev/null 2>&1
for _ in $(seq 1 30); do
  if answers; then echo "$url"; exit 0; fi
  sleep 1
done
exit 1
