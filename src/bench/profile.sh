#!/usr/bin/env bash
# A CPU profile of the warmed service under load, with async-profiler (issue 22: profile before you fix).
#
#   [HISTORY=off|h2|pg] [EVENT=cpu|wall|alloc] src/bench/profile.sh [full|lean] [OUT_DIR]
#
# Starts the packaged service (no authentication; history off as the CPU benchmark runs it, or HISTORY=h2 on an H2
# file in OUT_DIR, or HISTORY=pg on BENCH_POSTGRESQL_URL with BENCH_POSTGRESQL_USER/PASSWORD, as history.sh), drives
# POST /assessments with wrk for WARMUP seconds (default 60: the JIT needs about a minute on 2 cores), attaches async-profiler to the
# running JVM (`jcmd PID JVMTI.agent_load LIB "\"start,event=cpu,interval=1ms\""` - the inner quotes are needed), keeps
# the load for PROFILE_SECONDS (default 30), stops the profiler, and writes OUT_DIR/profile.collapsed (flame-graph input) and
# OUT_DIR/profile.html (a flame graph), then prints the areas (src/bench/profile-areas.py).
# async-profiler comes from Maven Central (tools.profiler:async-profiler, its native library unpacked from the jar).
set -euo pipefail
source "$(dirname "$0")/common.sh"
MODE=${1:-full}
OUT=${2:-$ROOT/target/profile-$MODE}
WARMUP=${WARMUP:-60}
SECONDS_PROFILED=${PROFILE_SECONDS:-30}
VERSION=4.2
HISTORY=${HISTORY:-off}
EVENT=${EVENT:-cpu} # alloc: allocated bytes by stack; wall: every thread's time, waiting included (where the latency goes), sampled every 5 ms
mkdir -p "$OUT"
build
jar=$HOME/.m2/repository/tools/profiler/async-profiler/$VERSION/async-profiler-$VERSION.jar
[ -f "$jar" ] || (cd "$ROOT" && ./mvnw -B -q dependency:get -Dartifact=tools.profiler:async-profiler:$VERSION)
lib=$OUT/libasyncProfiler.so
unzip -p "$jar" linux-x64/libasyncProfiler.so > "$lib"

while ss -ltn | grep -q ":$PORT "; do sleep 0.5; done
case $HISTORY in
  off) history=(ADVISOR_HISTORY=off) ;;
  h2) rm -rf "$OUT/h2"; history=(ADVISOR_HISTORY_PATH="$OUT/h2") ;;
  pg) history=(QUARKUS_DATASOURCE_JDBC_URL="$BENCH_POSTGRESQL_URL" QUARKUS_DATASOURCE_USERNAME="${BENCH_POSTGRESQL_USER:-}"
               QUARKUS_DATASOURCE_PASSWORD="${BENCH_POSTGRESQL_PASSWORD:-}") ;;
  *) echo "HISTORY must be off, h2 or pg" >&2; exit 2 ;;
esac
(cd "$APP" && exec env "${history[@]}" ADVISOR_AUTH=none java ${JAVA_OPTS:--Xmx128m} -Dquarkus.http.port="$PORT" \
    -jar quarkus-run.jar > "$OUT/service.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "localhost:$PORT/q/health/ready"; do sleep 0.1; done
script=$(lua POST "$BENCH/profile.json")
[ "$MODE" = lean ] && echo 'wrk.headers["Prefer"] = "return=minimal"' >> "$script"
url="http://127.0.0.1:$PORT/assessments"
wrk -t1 -c32 -d"${WARMUP}s" -s "$script" "$url" | grep -E "Requests/sec|Non-2xx" || true
case $EVENT in wall) interval=,interval=5ms ;; alloc) interval= ;; *) interval=,interval=1ms ;; esac
jcmd "$pid" JVMTI.agent_load "$lib" "\"start,event=$EVENT$interval\"" > /dev/null
wrk -t1 -c32 -d"${SECONDS_PROFILED}s" -s "$script" "$url" | grep -E "Requests/sec|Non-2xx" || true
jcmd "$pid" JVMTI.agent_load "$lib" "\"stop,file=$OUT/profile.collapsed,collapsed\"" > /dev/null
jcmd "$pid" JVMTI.agent_load "$lib" "\"stop,file=$OUT/profile.html\"" > /dev/null 2>&1 || true
kill "$pid"; wait "$pid" 2>/dev/null || true; trap - EXIT
python3 "$BENCH/profile-areas.py" "$OUT/profile.collapsed"
