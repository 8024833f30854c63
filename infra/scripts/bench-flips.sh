#!/usr/bin/env bash
# Flip benchmark of the local router: fixed-rate load with a switch every 200 ms (1,000 then 3,000 rps, 20 s each),
# then saturated throughput (wrk -t1 -c16 -d10s) through the router and through HAProxy with the same two colors.
# Everything runs on 127.0.0.1 with bounded durations; every process started here is stopped by PID on exit.
# Figures vary a lot on a shared 2-core machine: run it when the machine is quiet and compare medians of runs.
set -euo pipefail
cd "$(dirname "$0")/../.."

RATES=(1000 3000)
SECONDS_PER_RATE=${BENCH_SECONDS:-20}
WRK_DURATION=10s
PORT_BASE=${BENCH_PORT_BASE:-$((41000 + RANDOM % 8000))}

install_missing() {
  local need=()
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || need+=("$tool"); done
  [ ${#need[@]} -eq 0 ] && return
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${need[*]}" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
}
install_missing wrk haproxy curl
command -v dotnet >/dev/null 2>&1 || { echo "error: the .NET 10 SDK is required (dotnet not on PATH)" >&2; exit 1; }

# Short folder: HAProxy's admin socket path must stay under 108 bytes.
work=$(mktemp -d /tmp/bgbench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

echo "publishing router and load generator (Release)..." >&2
dotnet publish infra/apps/router -c Release -o "$work/router-bin" --nologo -v quiet >&2
dotnet publish infra/apps/loadgen -c Release -o "$work/loadgen-bin" --nologo -v quiet >&2
loadgen="$work/loadgen-bin/Bluegreen.LoadGen.dll"

production=$PORT_BASE test=$((PORT_BASE + 1)) admin=$((PORT_BASE + 2))
haproxy_production=$((PORT_BASE + 3)) haproxy_test=$((PORT_BASE + 4))
blue1=$((PORT_BASE + 11)) blue2=$((PORT_BASE + 12)) green1=$((PORT_BASE + 21)) green2=$((PORT_BASE + 22))

start_backend() { # port color instance
  dotnet "$loadgen" backend --port "$1" --color "$2" --instance "$3" >"$work/$3.log" 2>&1 &
  pids+=($!)
}
wait_for() { # url what
  for _ in $(seq 1 200); do curl -fs -o /dev/null "$1" && return; sleep 0.05; done
  echo "error: $2 did not answer on $1 within 10 s" >&2
  exit 1
}

start_backend $blue1 blue web-blue-1
start_backend $blue2 blue web-blue-2
start_backend $green1 green web-green-1
start_backend $green2 green web-green-2
for port in $blue1 $blue2 $green1 $green2; do wait_for "http://127.0.0.1:$port/health" "backend"; done

mkdir -p "$work/router"
destination() { printf '{"instanceId": "%s", "address": "http://127.0.0.1:%s"}' "$1" "$2"; }
cat >"$work/router/snapshot.json" <<JSON
{
  "version": 1,
  "productionPort": $production,
  "testPort": $test,
  "adminPort": $admin,
  "defaultColor": "blue",
  "services": [
    {
      "name": "web",
      "pathPatterns": ["/*"],
      "healthCheck": {"path": "/health", "intervalMs": 500, "timeoutMs": 1000, "unhealthyThreshold": 2},
      "destinations": {
        "blue": [$(destination web-blue-1 $blue1), $(destination web-blue-2 $blue2)],
        "green": [$(destination web-green-1 $green1), $(destination web-green-2 $green2)]
      }
    }
  ]
}
JSON
dotnet "$work/router-bin/Bluegreen.Router.dll" --state "$work/router" >"$work/router.out" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$production/" "router"

echo "== fixed rate, switch every 200 ms, ${SECONDS_PER_RATE} s per rate (shared machine: figures are noisy) =="
for rate in "${RATES[@]}"; do
  dotnet "$loadgen" run --router-state "$work/router" --rate "$rate" --seconds "$SECONDS_PER_RATE" --connections 32 --test-share 0.1 --switch-every-ms 200
done

cat >"$work/haproxy.cfg" <<CFG
global
  maxconn 4096
  stats socket $work/haproxy.sock mode 600 level admin
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
frontend production
  bind 127.0.0.1:$haproxy_production
  use_backend %[str(active),map($work/active.map)]
frontend test
  bind 127.0.0.1:$haproxy_test
  use_backend %[str(active),map($work/active.map),map($work/other.map)]
backend blue
  option httpchk GET /health
  server web-blue-1 127.0.0.1:$blue1 check inter 500
  server web-blue-2 127.0.0.1:$blue2 check inter 500
backend green
  option httpchk GET /health
  server web-green-1 127.0.0.1:$green1 check inter 500
  server web-green-2 127.0.0.1:$green2 check inter 500
CFG
echo "active blue" >"$work/active.map"
printf 'blue green\ngreen blue\n' >"$work/other.map"
haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.out" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$haproxy_production/" "haproxy"

rps() { wrk -t1 -c16 -d"$WRK_DURATION" "$1" | awk '/Requests\/sec/ { print $2 }'; }
echo "== saturated, wrk -t1 -c16 -d$WRK_DURATION, production listener =="
router_rps=$(rps "http://127.0.0.1:$production/")
echo "router:  $router_rps requests/s"
haproxy_rps=$(rps "http://127.0.0.1:$haproxy_production/")
echo "haproxy: $haproxy_rps requests/s"
awk -v r="$router_rps" -v h="$haproxy_rps" 'BEGIN { printf "router/haproxy: %.2f (goal >= 0.70)\n", r / h }'
