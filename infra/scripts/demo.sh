#!/usr/bin/env bash
# The whole blue/green cycle on this machine, for real: PostgreSQL (primary + a streaming replica per color), a router
# playing the load balancer, and the sample app's instances, all on 127.0.0.1 as the local stack (Pulumi.local.yaml).
# It brings the stack up, deploys a new version to the idle color, checks it through the test listener, switches
# production to it, rolls back, and stops the stack again (data kept). Pass --keep to leave the stack running.
set -euo pipefail
cd "$(dirname "$0")/../.."

keep=0
case "${1:-}" in
  --keep) keep=1 ;;
  "") ;;
  *) echo "usage: infra/scripts/demo.sh [--keep]" >&2; exit 2 ;;
esac

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
setting() { awk -v key="bluegreen:$1:" '$1 == key { print $2 }' Pulumi.local.yaml; }
bluegreen() { dotnet infra/Bluegreen.Cli/bin/Release/net10.0/bluegreen.dll "$@" --stack local; }
field() { sed -n "s/.*\"$1\": \"\\([^\"]*\\)\".*/\\1/p" | head -n 1; }
# Three requests to a listener, showing which color, version and instance answered each (the X-Served-By header).
show() {
  local url=$1 i
  for i in 1 2 3; do
    printf '  GET %s -> %s\n' "$url" "$(curl -fsS -o /dev/null -D - "$url" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-served-by" { print $2 }')"
  done
}

say "Installing what is missing (PostgreSQL server programs, util-linux, curl)"
infra/scripts/install-deps.sh curl
say "Building the command line (Release)"
dotnet build infra/Bluegreen.Cli -c Release -v quiet -nologo >/dev/null

production="http://127.0.0.1:$(setting localProductionPort)/"
test_url="http://127.0.0.1:$(setting localTestPort)/"

say "bluegreen up: PostgreSQL, the process agent, the router and both colors (the first run also publishes the apps)"
bluegreen up
bluegreen status

active=$(bluegreen status --json | field activeColor)
idle=$(bluegreen status --json | field idleColor)
say "Production traffic goes to $active; the test listener shows $idle"
show "$production"
show "$test_url"

say "bluegreen deploy --version 2.0.0: the idle color ($idle) restarts on 2.0.0; production stays on $active"
bluegreen deploy --version 2.0.0
say "Checking 2.0.0 through the test listener before it takes any production traffic"
show "$test_url"

say "bluegreen switch --to $idle: production moves to $idle"
echo "before:"
show "$production"
bluegreen switch --to "$idle"
echo "after:"
show "$production"

say "bluegreen rollback: production goes back to $active"
bluegreen rollback
show "$production"

say "bluegreen drift: the running stack still matches its description"
bluegreen drift

if [ "$keep" -eq 1 ]; then
  say "Leaving the stack running (--keep). Stop it with: dotnet infra/Bluegreen.Cli/bin/Release/net10.0/bluegreen.dll down --stack local"
else
  say "bluegreen down: everything stops; the data stays in $(setting localStateDirectory) (down --purge deletes it)"
  bluegreen down
fi
