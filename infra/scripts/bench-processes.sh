#!/usr/bin/env bash
# Prints local process figures: N published sample-app instances started at once until all answer /health
# (median of ROUNDS), both launched directly and through the agent; how long the agent takes to stop them; and
# memory (PSS) per idle instance and of the agent. Prints figures only: nothing here passes or fails on time.
# Usage: infra/scripts/bench-processes.sh            (INSTANCES=4 ROUNDS=5 by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
instances=${INSTANCES:-4}
rounds=${ROUNDS:-5}
for tool in curl jq dotnet; do
  command -v "$tool" >/dev/null || { echo "error: $tool is required (apt-get install -y $tool)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/bluegreen-bench-XXXXXX)
direct_pids=()
agent_url=""
agent_token=""
cleanup() {
  for pid in "${direct_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$agent_url" ]; then
    curl -sf -X POST -H "Authorization: Bearer $agent_token" "$agent_url/shutdown" >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup"; }

# A port nothing listens on (bash's /dev/tcp connect is refused), below the kernel's ephemeral range so that no
# outgoing connection (health probes included) can be holding it.
free_port() {
  local port
  while true; do
    port=$(( 20000 + RANDOM % 12000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

# CPU time (user + system, ms) a process has used so far; its command name holds no spaces here.
cpu_ms() { local f; read -r -a f <"/proc/$1/stat"; echo $(( (f[13] + f[14]) * 1000 / $(getconf CLK_TCK) )); }

# A GET /health without starting a process (curl would compete for the CPU being measured).
healthy() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    read -r status <&3
    [[ $status == *" 200 "* ]]
  ) 2>/dev/null
}

echo "publishing sample and agent (Release) into $work" >&2
dotnet publish infra/apps/sample -c Release -o "$work/sample" -nologo >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
dotnet publish infra/apps/agent -c Release -o "$work/agent" -nologo >>"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
sample="$work/sample/Bluegreen.SampleApp.dll"

echo "== $instances instances launched directly (dotnet Bluegreen.SampleApp.dll), $rounds rounds" >&2
direct_times=()
direct_cpu=()
for round in $(seq "$rounds"); do
  ports=()
  direct_pids=()
  start=$(now_ms)
  for n in $(seq "$instances"); do
    port=$(free_port)
    ports+=("$port")
    BLUEGREEN_COLOR=blue BLUEGREEN_VERSION=bench BLUEGREEN_INSTANCE="web-blue-$n" ASPNETCORE_URLS="http://127.0.0.1:$port" \
      dotnet "$sample" --role web >/dev/null 2>&1 &
    direct_pids+=($!)
  done
  for port in "${ports[@]}"; do
    until healthy "$port"; do sleep 0.005; done
  done
  elapsed=$(( $(now_ms) - start ))
  direct_times+=("$elapsed")
  for pid in "${direct_pids[@]}"; do direct_cpu+=("$(cpu_ms "$pid")"); done
  echo "round $round: ${elapsed} ms" >&2
  kill "${direct_pids[@]}"
  wait "${direct_pids[@]}" 2>/dev/null || true
  direct_pids=()
done

echo "== the same through the agent (PUT /processes, then GET /processes until all healthy)" >&2
state="$work/state"
mkdir -p "$state"
setsid dotnet "$work/agent/Bluegreen.Agent.dll" --state "$state" >"$work/agent.log" 2>&1 </dev/null &
for _ in $(seq 200); do [ -s "$state/agent/endpoint.json" ] && break; sleep 0.05; done
agent_url=$(jq -r .url "$state/agent/endpoint.json")
agent_token=$(jq -r .token "$state/agent/endpoint.json")
agent_pid=$(jq -r .pid "$state/agent/endpoint.json")
agent_port=${agent_url##*:}
api() { curl -sf -H "Authorization: Bearer $agent_token" -H 'Content-Type: application/json' "$@"; }

# How many processes the agent reports healthy, read without starting a process (as healthy above).
healthy_count() {
  local body rest
  exec 3<>"/dev/tcp/127.0.0.1/$agent_port"
  printf 'GET /processes HTTP/1.0\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %s\r\n\r\n' "$agent_token" >&3
  IFS= read -r -d '' body <&3 || true
  exec 3<&-
  rest=${body//'"healthy": true'/}
  echo $(( (${#body} - ${#rest}) / 15 ))
}

desired_set() {
  local specs=()
  for n in $(seq "$instances"); do
    local port
    port=$(free_port)
    specs+=("$(jq -n --arg id "web-blue-$n" --arg dll "$sample" --argjson port "$port" --arg log "$state/instances/web-blue-$n.log" '{
      id: $id, fileName: "dotnet", arguments: [$dll, "--role", "web"], logFile: $log, port: $port,
      healthUrl: "http://127.0.0.1:\($port)/health",
      environment: { BLUEGREEN_COLOR: "blue", BLUEGREEN_VERSION: "bench", BLUEGREEN_INSTANCE: $id, ASPNETCORE_URLS: "http://127.0.0.1:\($port)" },
      labels: { service: "web", color: "blue", role: "web" } }')")
  done
  printf '%s\n' "${specs[@]}" | jq -s '{ processes: . }'
}

agent_times=()
stop_times=()
for round in $(seq "$rounds"); do
  body=$(desired_set)
  start=$(now_ms)
  api -X PUT --data "$body" "$agent_url/processes" >/dev/null
  until [ "$(healthy_count)" -eq "$instances" ]; do sleep 0.01; done
  elapsed=$(( $(now_ms) - start ))
  agent_times+=("$elapsed")
  api "$agent_url/processes" | jq -r '.processes[] | select(.restarts > 0) | "  \(.id) restarted \(.restarts) time(s): \(.error // "")"' >&2
  if [ "$round" -eq "$rounds" ]; then
    sleep 3
    pids=$(api "$agent_url/processes" | jq -r '.processes[].pid')
    pss=()
    for pid in $pids; do pss+=("$(pss_kb "$pid")"); done
  fi
  start=$(now_ms)
  api -X PUT --data '{"processes":[]}' "$agent_url/processes" >/dev/null
  stopped=$(( $(now_ms) - start ))
  stop_times+=("$stopped")
  echo "round $round: healthy after ${elapsed} ms, stopped (SIGTERM, exits observed) in ${stopped} ms" >&2
done
agent_pss=$(pss_kb "$agent_pid")

echo
echo "process figures ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "  $instances instances started at once until all healthy, direct:      median $(printf '%s\n' "${direct_times[@]}" | median) ms  (${direct_times[*]})"
echo "  $instances instances started at once until all healthy, via agent:   median $(printf '%s\n' "${agent_times[@]}" | median) ms  (${agent_times[*]})"
echo "  $instances instances stopped by the agent (PUT of an empty set):     median $(printf '%s\n' "${stop_times[@]}" | median) ms  (${stop_times[*]})"
echo "  CPU per instance until healthy, direct:  median $(printf '%s\n' "${direct_cpu[@]}" | median) ms  (user + system)"
echo "  PSS per idle instance:  median $(( $(printf '%s\n' "${pss[@]}" | median | cut -d. -f1) / 1024 )) MB  (kB: ${pss[*]})"
echo "  PSS of the agent:       $(( agent_pss / 1024 )) MB"
