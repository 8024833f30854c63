#!/usr/bin/env bash
# Runs every test: installs what is missing, builds, then the unit and integration tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
infra/scripts/install-deps.sh
dotnet build Infra.sln -c Release -nologo
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Infra.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?
# One closing line over every test assembly, e.g. "tests: 412 passed, 0 failed, 1 skipped".
awk '/(Passed|Failed)! +- +Failed: /{
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     } END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
