#!/usr/bin/env bash
# Benchmark: wrk against one virtual Pi directly, the lab's built-in balancer, and real HAProxy 2.6 balancing the
# same three virtual Pis, in the same run, on loopback only. Prints a Markdown table of requests/s and ratios.
#
#   bench/run.sh [seconds-per-round] [connections]      (defaults: 10 s, 32 connections; a 5 s warm-up per target,
#                                                        then 3 alternating rounds)
#
# Needs: java 17, wrk, haproxy (apt-get install wrk haproxy). Builds the app if target/ has none.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-10}
CONNS=${2:-32}
ROUNDS=3
LAB_PORT=18080
FRONT_PORT=18081
HAP_PORT=18082
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v haproxy >/dev/null || { echo "haproxy is missing: apt-get install haproxy" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -DskipTests package

# The tutorial's cluster with the frontend on a fixed loopback port.
sed -e "s/bind \*:80/bind 127.0.0.1:$FRONT_PORT/" -e 's/^listen stats \*:1936/listen stats\n    bind 127.0.0.1:18083/' \
  simulator/scenarios/tutorial/haproxy.cfg > "$work/haproxy.cfg"
cp simulator/scenarios/tutorial/rack.yaml "$work/rack.yaml"
java -Dquarkus.http.port=$LAB_PORT -Dquarkus.http.host=127.0.0.1 -Dlab.config="$work/haproxy.cfg" \
  -Dquarkus.log.level=WARN -jar target/quarkus-app/quarkus-run.jar > "$work/lab.log" 2>&1 &
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$LAB_PORT/q/health/ready" >/dev/null && break; sleep 0.2; done
sockets=$(curl -s "http://127.0.0.1:$LAB_PORT/api/rack" | python3 -c 'import json,sys; print(" ".join(p["socket"] for p in json.load(sys.stdin)["pis"]))')
set -- $sockets
cat > "$work/real.cfg" <<CFG
global
    nbthread 2
defaults
    mode http
    timeout connect 5s
    timeout client 50s
    timeout server 50s
frontend raspberrypinodes
    bind 127.0.0.1:$HAP_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    option forwardfor
    http-request set-header X-Forwarded-Port %[dst_port]
    option httpchk
    http-check send meth HEAD uri / ver HTTP/1.1 hdr Host localhost
    server raspberrypi01 $1 check
    server raspberrypi02 $2 check
    server raspberrypi03 $3 check
CFG
haproxy -db -f "$work/real.cfg" > "$work/haproxy.log" 2>&1 &
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$HAP_PORT/" >/dev/null && break; sleep 0.2; done

# prints "<requests/s> <p99>"
rps() { wrk -t1 -c"$CONNS" -d"${SECS}s" --latency "$1" | awk '/Requests\/sec/ {r=$2} /^ +99%/ {p=$2} END {print r, p}'; }
# One uncounted warm-up round: the JVM compiles its hot paths in the first seconds.
for url in "http://$1/" "http://127.0.0.1:$FRONT_PORT/" "http://127.0.0.1:$HAP_PORT/"; do
  wrk -t1 -c"$CONNS" -d5s "$url" > /dev/null
done
declare -A total
for target in pi lab haproxy; do total[$target]=0; done
for round in $(seq 1 $ROUNDS); do
  for target in pi lab haproxy; do
    case $target in
      pi) url="http://$1/" ;;
      lab) url="http://127.0.0.1:$FRONT_PORT/" ;;
      haproxy) url="http://127.0.0.1:$HAP_PORT/" ;;
    esac
    out=$(rps "$url")
    echo "round $round $target: ${out% *} req/s, p99 ${out#* }" >&2
    r=${out%% *}
    total[$target]=$(python3 -c "print(${total[$target]} + $r)")
  done
done
pi=$(python3 -c "print(round(${total[pi]}/$ROUNDS))")
lab=$(python3 -c "print(round(${total[lab]}/$ROUNDS))")
hap=$(python3 -c "print(round(${total[haproxy]}/$ROUNDS))")
echo
echo "| target | requests/s (mean of $ROUNDS × ${SECS}s, wrk -t1 -c$CONNS) | ratio to HAProxy |"
echo "|---|---|---|"
echo "| one virtual Pi, direct | $pi | $(python3 -c "print(f'{$pi/$hap:.2f}')") |"
echo "| lab's built-in balancer (3 Pis) | $lab | $(python3 -c "print(f'{$lab/$hap:.2f}')") |"
echo "| HAProxy $(haproxy -v | sed -n 1p | awk '{print $3}') (same 3 Pis) | $hap | 1.00 |"
