#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 for user postgres without a
# password, creating and starting Debian's cluster (and allowing loopback trust for that user)
# when needed. Works without systemd (a container or chroot, where apt's postinst may not
# start the server). Prints the server URL on stdout; exits non-zero, with the reason on
# stderr, when no server can be had.
set -uo pipefail
url="postgresql://postgres@127.0.0.1:5432/postgres"
answers() { psql "$url" -Atqc 'select 1' >/dev/null 2>&1; }
fail() { echo "PostgreSQL: $1" >&2; exit 1; }

if answers; then echo "$url"; exit 0; fi
command -v pg_lsclusters >/dev/null 2>&1 || fail "not installed (no pg_lsclusters)"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  sudo -n true >/dev/null 2>&1 || fail "no server answers at $url, and starting Debian's cluster needs root or password-less sudo"
  as_root=(sudo -n)
fi
version=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1}')
cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $2}')
if [ -z "$version" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  cluster=main
  "${as_root[@]}" pg_createcluster "$version" "$cluster" >/dev/null || fail "pg_createcluster $version $cluster failed"
fi
hba="/etc/postgresql/$version/$cluster/pg_hba.conf"
if ! "${as_root[@]}" grep -qE '^host\s+all\s+postgres\s+127\.0\.0\.1/32\s+trust' "$hba"; then
  # Loopback only, for the test user: the tests create and drop their own databases.
  "${as_root[@]}" sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
fi
# The socket folder normally comes from systemd's tmpfiles, which a chroot does not run.
"${as_root[@]}" install -d -o postgres -g postgres -m 2775 /var/run/postgresql
if pg_lsclusters -h "$version" "$cluster" 2>/dev/null | grep -q online; then
  "${as_root[@]}" pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" reload >/dev/null 2>&1
else
  "${as_root[@]}" pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start >&2 || fail "pg_ctlcluster $version $cluster start failed"
fi
for _ in $(seq 1 30); do
  if answers; then echo "$url"; exit 0; fi
  sleep 1
done
fail "cluster $version/$cluster started but $url does not answer (is another server on port 5432?)"
