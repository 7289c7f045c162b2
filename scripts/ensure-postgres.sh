#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:5432 and that the suite's role and databases exist.
# Idempotent: safe to run before every test run or local start.
#   PGHOST/PGPORT/PGSUPERUSER   where the server is and who may create roles (default 127.0.0.1, 5432, postgres)
#   SUITE_DB_USER/SUITE_DB_PASSWORD  the role the services use (default coproduction/coproduction)
set -euo pipefail
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGSUPERUSER="${PGSUPERUSER:-postgres}"
SUITE_DB_USER="${SUITE_DB_USER:-coproduction}"
SUITE_DB_PASSWORD="${SUITE_DB_PASSWORD:-coproduction}"
DATABASES=(participants sessions notifications participants_test sessions_test notifications_test
           suite_participants suite_sessions suite_notifications)

ready() { pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; }

if ! ready; then
  echo "PostgreSQL is not answering on $PGHOST:$PGPORT; starting the local cluster"
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    for version in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    done
  fi
  for _ in $(seq 1 30); do ready && break; sleep 1; done
  ready || { echo "PostgreSQL did not come up on $PGHOST:$PGPORT" >&2; exit 1; }
fi

psql_super() { psql -v ON_ERROR_STOP=1 -qtA -h "$PGHOST" -p "$PGPORT" -U "$PGSUPERUSER" -d postgres "$@"; }

# A password is set even though this machine trusts local connections: other pg_hba setups ask for one.
if [ "$(psql_super -c "SELECT 1 FROM pg_roles WHERE rolname = '$SUITE_DB_USER'")" != "1" ]; then
  psql_super -c "CREATE ROLE \"$SUITE_DB_USER\" LOGIN PASSWORD '$SUITE_DB_PASSWORD'"
else
  psql_super -c "ALTER ROLE \"$SUITE_DB_USER\" LOGIN PASSWORD '$SUITE_DB_PASSWORD'"
fi
for db in "${DATABASES[@]}"; do
  if [ "$(psql_super -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
    psql_super -c "CREATE DATABASE \"$db\" OWNER \"$SUITE_DB_USER\""
  fi
done
echo "PostgreSQL ready on $PGHOST:$PGPORT with databases: ${DATABASES[*]}"
