#!/usr/bin/env bash
# Runs every test: installs what is missing, builds, then unit and integration tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
infra/scripts/install-deps.sh
dotnet build Infra.sln -c Release
dotnet test Infra.sln -c Release --no-build --logger "console;verbosity=normal"
