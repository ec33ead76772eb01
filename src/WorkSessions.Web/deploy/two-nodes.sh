#!/usr/bin/env bash
# Two portal nodes on one SQLite file behind nginx (ip_hash, sticky), all on loopback, in the
# foreground; Ctrl+C stops the three. See docs/operations.md.
#   src/WorkSessions.Web/deploy/two-nodes.sh [folder]
# The folder holds the database, each node's log and attachments, and nginx's own files (a new
# temporary folder if not given). Ports: PORT (8080, the one to open), NODE_A_PORT (5301),
# NODE_B_PORT (5302). The portal is the Release build (built first if missing); demo data is on.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
folder=${1:-$(mktemp -d /tmp/worksessions-two-nodes.XXXXXX)}
mkdir -p "$folder" && folder=$(cd "$folder" && pwd)
port=${PORT:-8080}; node_a=${NODE_A_PORT:-5301}; node_b=${NODE_B_PORT:-5302}
web="$repo/src/WorkSessions.Web/bin/Release/net10.0"
[ -f "$web/WorkSessions.Web.dll" ] || dotnet build "$repo/src/WorkSessions.Web" -c Release -nologo -v quiet
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx-light" >&2; exit 1; }

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

start_node() { # name port
  mkdir -p "$folder/$1"
  (cd "$web" && ASPNETCORE_ENVIRONMENT=Development Demo__Enabled=true \
    ConnectionStrings__WorkSessions="Data Source=$folder/worksessions.db" \
    Attachments__Folder="$folder/attachments" \
    Serilog__WriteTo__1__Args__path="$folder/$1/logs/worksessions-.log" \
    exec dotnet WorkSessions.Web.dll --urls "http://127.0.0.1:$2") >"$folder/$1/console.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$2/health" && { echo "$1 is up on 127.0.0.1:$2"; return; }
    sleep 0.5
  done
  echo "$1 did not answer /health; see $folder/$1/console.log" >&2; exit 1
}

# One after the other: the first migrates and seeds the file, the second finds it ready.
start_node node-a "$node_a"
start_node node-b "$node_b"

mkdir -p "$folder/nginx/temp"
sed -e "s|@PREFIX@|$folder/nginx|g" -e "s|@LISTEN@|$port|g" -e "s|@NODE_A@|$node_a|g" -e "s|@NODE_B@|$node_b|g" \
  "$here/nginx-two-nodes.conf.template" >"$folder/nginx/nginx.conf"
nginx -p "$folder/nginx" -c "$folder/nginx/nginx.conf" -e "$folder/nginx/error.log" &
pids+=($!)
echo "Open http://127.0.0.1:$port (files in $folder); Ctrl+C stops everything."
wait -n "${pids[@]}"
