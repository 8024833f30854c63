#!/usr/bin/env bash
# Prints the local engine's figures on a real local stack of the sample app (Pulumi.local.yaml's sizes, free ports,
# a temporary state folder under /tmp, purged afterwards): up from nothing, up again, drift check, switch, and a drill
# of the idle color at an empty database and after pgbench loads of about 100 MB and 1 GB, each under a steady load of
# 200 requests/s on the production listener whose failed requests are counted.
# BLUEGREEN_BENCH_SCALES sets the pgbench scales (default "6,64"; "6" skips the 1 GB round, which needs about 4 GB of disk).
set -euo pipefail
cd "$(dirname "$0")/../.."
infra/scripts/install-deps.sh
dotnet build infra/apps/bench -c Release -v quiet -nologo >/dev/null
dotnet run --project infra/apps/bench -c Release --no-build -- local --scales "${BLUEGREEN_BENCH_SCALES:-6,64}"
