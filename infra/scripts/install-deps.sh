#!/usr/bin/env bash
# Installs what the local engine and the tests need and the machine lacks; does nothing (and needs no network) when
# all is there. Runs unattended (CI, no stdin). Extra arguments name further commands to have, each installed from the
# Debian package of the same name, e.g. `install-deps.sh haproxy socat`.
set -euo pipefail

# The PostgreSQL server programs live in /usr/lib/postgresql/<major>/bin, off PATH; any complete major version will do.
have_postgres() {
  local bin
  for bin in /usr/lib/postgresql/*/bin; do
    [ -x "$bin/postgres" ] && [ -x "$bin/initdb" ] && [ -x "$bin/pg_basebackup" ] && [ -x "$bin/pgbench" ] && return 0
  done
  return 1
}

need=()
have_postgres || need+=(postgresql)
command -v setpriv >/dev/null 2>&1 || need+=(util-linux)
for extra in "$@"; do
  command -v "$extra" >/dev/null 2>&1 || need+=("$extra")
done

if [ ${#need[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)
  echo "installing: ${need[*]}" >&2
  # The package would otherwise create and try to start a default cluster on port 5432; the tool makes its own.
  if [[ " ${need[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    "${sudo[@]}" mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | "${sudo[@]}" tee /etc/postgresql-common/createcluster.conf >/dev/null
  fi
  # confold keeps that file when the package brings its own; the lock timeout waits for another apt run to finish.
  apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive UCF_FORCE_CONFFOLD=1 apt-get -q -o DPkg::Lock::Timeout=300
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  "${apt[@]}" update </dev/null >&2
  "${apt[@]}" install -y --no-install-recommends "${need[@]}" </dev/null >&2
  have_postgres || { echo "error: the postgresql package installed no server under /usr/lib/postgresql/*/bin" >&2; exit 1; }
fi
command -v dotnet >/dev/null 2>&1 || { echo "error: the .NET 10 SDK is required (dotnet not on PATH)" >&2; exit 1; }
