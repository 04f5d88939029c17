#!/usr/bin/env bash
# Full POST /assessments with the decision history on (embedded H2, PostgreSQL) against history off, side by side:
# the three set-ups run at once on their own ports (one packaged build), each is warmed up, then wrk takes turns on
# them (off, H2, PostgreSQL, off, ...), so the box's load falls on all three alike. Prints requests/s per turn, the
# medians and the ratios to off (the target: H2 at least 0.7 x off). Also checks that every 200 left a record.
#   BENCH_POSTGRESQL_URL=jdbc:postgresql://127.0.0.1:5432/advisor BENCH_POSTGRESQL_USER=… BENCH_POSTGRESQL_PASSWORD=…
#   ROUNDS=3 SECONDS_EACH=20 WARMUP_SECONDS=40 CONNECTIONS=64 PREFER=return=minimal src/bench/history.sh
# Without BENCH_POSTGRESQL_URL the PostgreSQL set-up is left out.
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
ROUNDS=${ROUNDS:-3}
SECONDS_EACH=${SECONDS_EACH:-20}
WARMUP_SECONDS=${WARMUP_SECONDS:-40}
CONNECTIONS=${CONNECTIONS:-64}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
WORKDIR=$(mktemp -d -t advisor-history-bench.XXXXXX)
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }

SETUPS=(off h2)
[ -n "${BENCH_POSTGRESQL_URL:-}" ] && SETUPS+=(pg)
declare -A PORT PID
cleanup() { for s in "${!PID[@]}"; do kill "${PID[$s]}" 2>/dev/null || true; done; rm -rf "$WORKDIR"; }
trap cleanup EXIT

for s in "${SETUPS[@]}"; do
  PORT[$s]=$(free_port)
  case $s in
    off) env=(ADVISOR_HISTORY=off) ;;
    h2) env=(ADVISOR_HISTORY_PATH="$WORKDIR/h2") ;;
    pg) env=(QUARKUS_DATASOURCE_JDBC_URL="$BENCH_POSTGRESQL_URL" QUARKUS_DATASOURCE_USERNAME="${BENCH_POSTGRESQL_USER:-}"
             QUARKUS_DATASOURCE_PASSWORD="${BENCH_POSTGRESQL_PASSWORD:-}") ;;
  esac
  (cd "$ROOT/target/quarkus-app" && exec env "${env[@]}" java ${JAVA_OPTS:-} -Dquarkus.http.port="${PORT[$s]}" \
      -jar quarkus-run.jar > "$WORKDIR/$s.log" 2>&1) &
  PID[$s]=$!
done
for s in "${SETUPS[@]}"; do
  until curl -fs -o /dev/null "localhost:${PORT[$s]}/q/health/ready"; do
    kill -0 "${PID[$s]}" 2>/dev/null || { echo "$s did not start:"; tail -20 "$WORKDIR/$s.log"; exit 1; }
    sleep 0.2
  done
done

SCRIPT="$WORKDIR/post.lua"
python3 - "$ROOT/src/bench/profile.json" "${PREFER:-}" > "$SCRIPT" <<'PY'
import json, sys
print('wrk.method = "POST"')
print('wrk.body = %s' % json.dumps(open(sys.argv[1]).read()))
print('wrk.headers["Content-Type"] = "application/json"')
if sys.argv[2]:
    print('wrk.headers["Prefer"] = %s' % json.dumps(sys.argv[2]))
print('done = function(summary, latency, requests)')
print('  io.write(string.format("RESULT %d %d %d %d\\n", summary.requests, summary.errors.status, latency:percentile(50), latency:percentile(99)))')
print('end')
PY
turn() { # turn SETUP SECONDS -> "requests/s p50_us p99_us non2xx"
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$2s" -s "$SCRIPT" "http://localhost:${PORT[$1]}/assessments" | grep '^RESULT')
  read -r _ requests errors p50 p99 <<<"$out"
  echo "$((requests / $2)) $p50 $p99 $errors"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for s in "${SETUPS[@]}"; do turn "$s" "$WARMUP_SECONDS" >/dev/null; done
declare -A RATES
for round in $(seq "$ROUNDS"); do
  for s in "${SETUPS[@]}"; do
    read -r rate p50 p99 errors <<<"$(turn "$s" "$SECONDS_EACH")"
    RATES[$s]="${RATES[$s]:-} $rate"
    echo "round $round $s: $rate requests/s, p50 $((p50 / 1000)) ms, p99 $((p99 / 1000)) ms, non-2xx $errors (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
off=$(echo "${RATES[off]}" | median)
for s in "${SETUPS[@]}"; do
  m=$(echo "${RATES[$s]}" | median)
  echo "median $s: $m requests/s, ratio to off $(python3 -c "print(round($m/$off, 2))")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
