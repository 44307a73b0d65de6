#!/usr/bin/env bash
# Measures how fast a couple's ending reaches every service, on a running platform (./hearth up):
#   erase -> 404 : DELETE /api/couples/{id} (202) until journal, commitment and insights each answer
#                  404 couple-not-found to both partners;
#   leave -> release : POST …/leave (202) until the partner who remains sees the open promise RELEASED.
# Prints one line per run and then p50 / p95 / max per measure (milliseconds, polled every 20 ms).
# Usage: bench/scripts/couple-endings.sh [--home DIR] [--gateway URL] [--runs N]
set -euo pipefail
cd "$(dirname "$0")/../.."
HOME_DIR=.hearth; RUNS=20; GW=""
while [ $# -gt 0 ]; do
  case "$1" in
    --home) HOME_DIR="$2"; shift 2 ;;
    --gateway) GW="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$GW" ]; then
  GW=$(sed -n 's/^GATEWAY_PORT=//p' "$HOME_DIR/run/ports.properties" 2>/dev/null || true)
  GW=${GW:+http://localhost:$GW}; GW=${GW:-http://localhost:8080}
fi
tag=$(date +%s)
token() { ./hearth --home "$HOME_DIR" token "$1" 2>/dev/null | tail -n 1; }
A=ending-a-$tag; B=ending-b-$tag
TA=$(token "$A"); TB=$(token "$B")
H='Content-Type: application/json'
now_ms() { date +%s%3N; }
call() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

form_couple() { # prints the couple id, with a promise from A to B due in an hour; waits until every service knows it
  local couple code promise
  couple=$(curl -s -X POST "$GW/api/couples" -H "Authorization: Bearer $TA" -H "$H" -d '{"timezone":"Europe/Berlin"}' | jq -r .coupleId)
  code=$(curl -s -X POST "$GW/api/couples/$couple/invites" -H "Authorization: Bearer $TA" | jq -r .code)
  curl -s -o /dev/null -X POST "$GW/api/invites/$code/accept" -H "Authorization: Bearer $TB" -H "$H" -d '{}'
  promise=$(curl -s -X POST "$GW/api/couples/$couple/promises" -H "Authorization: Bearer $TA" -H "$H" \
    -d "{\"promiseeId\":\"$B\",\"description\":\"water the plants\",\"dueAt\":\"$(date -u -d '+1 hour' +%FT%TZ)\"}" | jq -r .promiseId)
  for _ in $(seq 1 500); do
    [ "$(call "$GW/api/couples/$couple/insights" -H "Authorization: Bearer $TB")" = 200 ] \
      && [ "$(curl -s "$GW/api/couples/$couple/promises?limit=1" -H "Authorization: Bearer $TB" | jq '.items|length')" = 1 ] && break
    sleep 0.02
  done
  echo "$couple $promise"
}

until_404() { # url -> ms from $t0 until both partners get 404
  local url=$1
  while [ "$(call "$url" -H "Authorization: Bearer $TA")" != 404 ] || [ "$(call "$url" -H "Authorization: Bearer $TB")" != 404 ]; do
    sleep 0.02
  done
  echo $(( $(now_ms) - t0 ))
}

declare -a JOURNAL COMMITMENT INSIGHTS RELEASE
for run in $(seq 1 "$RUNS"); do
  read -r couple _ < <(form_couple)
  t0=$(now_ms)
  [ "$(call -X DELETE "$GW/api/couples/$couple" -H "Authorization: Bearer $TB")" = 202 ] || { echo "erase refused" >&2; exit 1; }
  j=$(until_404 "$GW/api/couples/$couple/entries"); c=$(until_404 "$GW/api/couples/$couple/promises")
  i=$(until_404 "$GW/api/couples/$couple/insights")
  JOURNAL+=("$j"); COMMITMENT+=("$c"); INSIGHTS+=("$i")

  read -r couple promise < <(form_couple)
  t0=$(now_ms)
  [ "$(call -X POST "$GW/api/couples/$couple/leave" -H "Authorization: Bearer $TA")" = 202 ] || { echo "leave refused" >&2; exit 1; }
  until [ "$(curl -s "$GW/api/couples/$couple/promises/$promise" -H "Authorization: Bearer $TB" | jq -r .status)" = RELEASED ]; do
    sleep 0.02
  done
  r=$(( $(now_ms) - t0 )); RELEASE+=("$r")
  call -o /dev/null -X POST "$GW/api/couples/$couple/leave" -H "Authorization: Bearer $TB" > /dev/null  # the last leaver erases
  echo "run $run: erase->404 journal ${j} ms, commitment ${c} ms, insights ${i} ms; leave->released ${r} ms"
done

stats() { # name values...
  local name=$1; shift
  printf '%s\n' "$@" | sort -n | awk -v name="$name" '{v[NR]=$1} END {
    p50=v[int((NR+1)/2)]; i95=int(NR*0.95+0.999); if (i95>NR) i95=NR;
    printf "%-26s n=%d p50=%d p95=%d max=%d ms\n", name, NR, p50, v[i95], v[NR] }'
}
stats "erase->404 journal" "${JOURNAL[@]}"
stats "erase->404 commitment" "${COMMITMENT[@]}"
stats "erase->404 insights" "${INSIGHTS[@]}"
stats "leave->released" "${RELEASE[@]}"
