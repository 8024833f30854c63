#!/usr/bin/env bash
# Prints how long the local PostgreSQL cluster takes: bootstrap (primary and 2 replicas, empty) and a replica drill
# (drop, rebuild, streaming) at an empty and at a loaded database. BLUEGREEN_BENCH_SCALE sets the pgbench scale
# of the load (default 6, about 100 MB). Builds its own cluster in a temporary folder and removes it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
infra/scripts/install-deps.sh
dotnet build tests/Bluegreen.IntegrationTests -c Release -v quiet -nologo >/dev/null
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! BLUEGREEN_BENCH=1 dotnet test tests/Bluegreen.IntegrationTests -c Release --no-build \
  --filter "FullyQualifiedName~Postgres.PostgresBenchmarkTests" --logger "console;verbosity=detailed" >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
sed -n 's/^ *bench| //p' "$log"
