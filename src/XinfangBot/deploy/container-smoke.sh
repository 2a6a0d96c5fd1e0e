#!/usr/bin/env bash
# The closest run of the container image on a machine without a container engine: the Dockerfile's build stage
# (`dotnet publish` into an empty folder), then its runtime stage by hand — a system user of its own, a 0700 data
# folder, the ENV lines and the ENTRYPOINT/CMD read from the Dockerfile itself — and checks that the program starts,
# the console answers /healthz on the published port with the knowledge loaded, and the database is created 0600 inside the data folder.
# What it cannot check: the base images, the layer order, the VOLUME and the real network namespace.
# Usage (as root, from anywhere): bash src/XinfangBot/deploy/container-smoke.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
dockerfile="$repo/src/XinfangBot/deploy/Dockerfile"
work=$(mktemp -d /tmp/xfb-container.XXXXXX)
app="$work/app" data="$work/data"
cleanup() { pkill -u xinfangbot-smoke 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Build stage: the same publish command (a fresh output folder, Release).
publish=$(grep -E '^RUN dotnet publish' "$dockerfile" | sed -E 's/^RUN //; s# -o /app# -o '"$app"'#')
(cd "$repo" && eval "nice $publish" >"$work/publish.log" 2>&1) || { tail -20 "$work/publish.log"; echo "FAIL: publish"; exit 1; }

# Runtime stage: the user and the data folder as the Dockerfile makes them.
user=xinfangbot-smoke
id "$user" >/dev/null 2>&1 || useradd --system --home "$data" "$user"
mkdir -p "$data" && chown "$user" "$data" && chmod 0700 "$data"
chmod -R a+rX "$app" && chmod 0711 "$work"

# ENV lines (with their continuation lines), /data mapped to the data folder, ports moved to free ones.
mapfile -t envs < <(awk '/^ENV /{on=1; sub(/^ENV /,"")} on{line=$0; sub(/[ \\]+$/,"",line); gsub(/^ +/,"",line); print line; if ($0 !~ /\\$/) on=0}' "$dockerfile")
port=$((20000 + RANDOM % 20000))
declare -a vars=()
for e in "${envs[@]}"; do
  e=${e//\/data/$data}; e=${e//:5080/:$port}; e=${e//:5081/:$((port + 1))}
  vars+=("$e")
done
entry=$(grep -E '^ENTRYPOINT' "$dockerfile" | sed -E 's/^ENTRYPOINT \[//; s/\]$//; s/"//g; s/, / /g; s#/app#'"$app"'#g')
cmd=$(grep -E '^CMD' "$dockerfile" | sed -E 's/^CMD \[//; s/\]$//; s/"//g; s/, / /g')
echo "runs as $user: ${vars[*]} $entry $cmd"

# A container always gets a bot token (without one `run` opens the terminal chat instead of the worker). Here the token
# is a dummy and the Bot API a closed local port: the worker keeps retrying while the console serves /healthz.
dead=$((port + 2))
(runuser -u "$user" -- env "${vars[@]}" Telegram__BotToken=123456:smoke-test-token-not-a-real-one "Telegram__BaseUrl=http://127.0.0.1:$dead" \
  $entry $cmd >"$work/out.log" 2>&1) &
pid=$!
for _ in $(seq 1 120); do
  code=$(curl -s -o "$work/health.json" -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true)
  [ "$code" != "000" ] && break
  sleep 1
done
echo "GET /healthz -> $code: $(head -c 400 "$work/health.json" 2>/dev/null)"
grep -q '"knowledge"' "$work/health.json" 2>/dev/null || code=000
mode=$(stat -c '%a %U' "$data/xinfangbot.db" 2>/dev/null || echo missing)
echo "database: $mode"
if [ "$code" = "000" ] || [ "$mode" != "600 $user" ]; then
  tail -20 "$work/out.log"; echo "FAIL"; exit 1
fi
echo "PASS: published like the build stage, started like the runtime stage, console up, database 0600 owned by $user"
