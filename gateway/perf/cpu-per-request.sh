#!/usr/bin/env bash
# CPU-ms per request of the gateway process, and of insights-service, for the same GET sent
# through the gateway and straight to the service in the same run; plus the gateway's 401, an
# authenticated 404 and its own /actuator/health. CPU comes from /proc/<pid>/stat (utime+stime)
# around each wrk run, so other load on the machine changes it less than it changes wall time.
#
#   ./hearth up --no-build --free-ports --home /tmp/gw-home      # HEARTH_SERVICE_JAVA_OPTS="-Xmx512m" for full JIT
#   gateway/perf/cpu-per-request.sh --home /tmp/gw-home [--seconds 15] [--rounds 3] [--warmup 2]
#
# Needs wrk (Debian: apt-get install wrk). Each step runs for --seconds with a fixed number of
# connections: 8 as fast as they go ("saturated"), or 4 that pause 12 ms between requests
# (about 300 requests/s, "paced"). --warmup rounds run first and are not reported (JIT).
set -euo pipefail

HOME_DIR=.hearth; SECS=15; ROUNDS=3; WARMUP=2
while [ $# -gt 0 ]; do
  case $1 in
    --home) HOME_DIR=$2; shift 2 ;;
    --seconds) SECS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
. <(grep -v '^#' "$HOME_DIR/run/ports.properties" | sed 's/^/export /')
GW_PID=$(cat "$HOME_DIR/run/gateway.pid"); SVC_PID=$(cat "$HOME_DIR/run/insights-service.pid")
GW=http://localhost:$GATEWAY_PORT; SVC=http://localhost:$INSIGHTS_PORT
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

ALICE=$("$ROOT/hearth" token perf-alice --home "$HOME_DIR" | tail -n 1)
COUPLE=$(curl -sf -X POST "$GW/api/couples" -H "Authorization: Bearer $ALICE" -H 'Content-Type: application/json' \
  -d '{"timezone":"Europe/Berlin"}' | sed 's/.*"coupleId":"\([^"]*\)".*/\1/')
INSIGHTS=/api/couples/$COUPLE/insights
# Membership reaches insights through Kafka: wait until the couple's insights answer.
for _ in $(seq 1 50); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$SVC$INSIGHTS" -H "Authorization: Bearer $ALICE")" = 200 ] && break
  sleep 0.2
done
echo 'function delay() return 12 end' > "$WORK/paced.lua"

TICK=$(getconf CLK_TCK)
cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }
step() { # name connections url auth|- paced|- ; prints: name requests gateway-ms insights-ms non-2xx
  local args=(-t1 "-c$2" "-d${SECS}s")
  [ "$4" = auth ] && args+=(-H "Authorization: Bearer $ALICE")
  [ "$5" = paced ] && args+=(-s "$WORK/paced.lua")
  local g0 s0 out
  g0=$(cpu "$GW_PID"); s0=$(cpu "$SVC_PID")
  out=$(wrk "${args[@]}" "$3")
  local g1 s1; g1=$(cpu "$GW_PID"); s1=$(cpu "$SVC_PID")
  local n bad; n=$(echo "$out" | awk '/requests in/ {print $1}'); bad=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  awk -v name="$1" -v n="$n" -v g=$((g1 - g0)) -v s=$((s1 - s0)) -v t="$TICK" -v bad="${bad:-0}" \
    'BEGIN {printf "%s %d %.3f %.3f %s\n", name, n, g * 1000 / t / n, s * 1000 / t / n, bad}'
}
round() {
  step via-gateway 8 "$GW$INSIGHTS" auth -
  step direct 8 "$SVC$INSIGHTS" auth -
  step via-gateway-paced 4 "$GW$INSIGHTS" auth paced
  step direct-paced 4 "$SVC$INSIGHTS" auth paced
  step gateway-401 8 "$GW$INSIGHTS" - -
  step gateway-404 8 "$GW/api/nowhere" auth -
  step gateway-health 8 "$GW/actuator/health" - -
}

echo "gateway pid $GW_PID, insights-service pid $SVC_PID; ${SECS} s per step; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$WARMUP"); do round > /dev/null; done
printf '%-18s %8s %9s %12s %13s %8s\n' step requests 'req/s' 'gateway ms' 'insights ms' non-2xx
for r in $(seq 1 "$ROUNDS"); do
  round | tee -a "$WORK/all" | awk -v secs="$SECS" '{printf "%-18s %8d %9.0f %12.3f %13.3f %8s\n", $1, $2, $2 / secs, $3, $4, $5}'
done
echo "median over $ROUNDS rounds (CPU-ms per request):"
for name in via-gateway direct via-gateway-paced direct-paced gateway-401 gateway-404 gateway-health; do
  g=$(awk -v n="$name" '$1 == n {print $3}' "$WORK/all" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  s=$(awk -v n="$name" '$1 == n {print $4}' "$WORK/all" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '  %-18s gateway %.3f  insights %.3f\n' "$name" "$g" "$s"
done
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
