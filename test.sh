#!/usr/bin/env bash
# Runs every test project with the real servers the tests need, on a fresh Debian machine or a developer's:
# PostgreSQL (Debian package), Chromium (report screenshots), Node packages (GraphQL conformance runs).
# Ends with one summary line: "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need_apt=()
command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need_apt+=(postgresql)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need_apt[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# PostgreSQL: start the distribution's cluster, give the postgres role a password, make the test database.
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_lsclusters -h | grep -q "^$pg_version main" || as_root pg_createcluster "$pg_version" main >/dev/null
as_root pg_ctlcluster "$pg_version" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
pg_isready -h 127.0.0.1 || { echo "PostgreSQL did not start"; exit 1; }
as_root su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\""
as_root su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='smartmarket_test'\"" | grep -q 1 \
  || as_root su postgres -c "createdb smartmarket_test"
export SMARTMARKET_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=smartmarket_test"

# Node packages of conformance and tooling folders (each has a package-lock.json).
for lock in $(git ls-files '*package-lock.json' 2>/dev/null || true); do
  dir=$(dirname "$lock")
  echo "npm ci in $dir"
  npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >/dev/null
done

log=$(mktemp)
set +e
dotnet test SmartMarket.sln --blame-hang-timeout 5m 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# Sum the per-assembly lines ("Passed!  - Failed: 0, Passed: 41, Skipped: 0, Total: 41") into one summary line.
awk -F'[:,]' '/(Passed|Failed)! *- *Failed:/ { f+=$2; p+=$4; s+=$6 } END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
