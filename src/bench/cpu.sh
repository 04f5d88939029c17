#!/usr/bin/env bash
# CPU per request of POST /assessments against the floors of this stack, with the workplace's script
# (../shared/bench/cpu-compare.py: both JVMs at once, warmed at saturation, then alternating turns; issue 22):
#   src/bench/cpu.sh full [JAR]   the full answer against the same-bytes floor (the bare app answering exactly the
#                                 service's own answer to src/bench/profile.json)
#   src/bench/cpu.sh lean [JAR]   Prefer: return=minimal against the echo floor
# JAR defaults to this build's target/quarkus-app/quarkus-run.jar (another build's jar measures "before").
# The service runs as the issue asks: ADVISOR_HISTORY=off, ADVISOR_AUTH=none, no trace exporter (none is built in).
# Env: WARMUP (60), SECONDS_EACH (15), ROUNDS (3), CONNECTIONS (32), JAVA_OPTS (-Xmx128m), CPU_COMPARE (the script),
# JAVA (the java of both JVMs; default the java on PATH; the image's is Temurin 25).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MODE=${1:-full}
JAR=$(realpath "${2:-$ROOT/target/quarkus-app/quarkus-run.jar}")
CPU_COMPARE=${CPU_COMPARE:-$ROOT/../shared/bench/cpu-compare.py}
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
export ADVISOR_HISTORY=off ADVISOR_AUTH=none
args=(--warmup "${WARMUP:-60}" --seconds "${SECONDS_EACH:-15}" --rounds "${ROUNDS:-3}"
      --connections "${CONNECTIONS:-32}" "--java-opts=${JAVA_OPTS:--Xmx128m}" --java "${JAVA:-java}")
case "$MODE" in
  full)
    # The floor's body: the service's own answer to the benchmark profile, from a short run of the same jar.
    port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')
    body=$(mktemp --suffix=.json)
    "${JAVA:-java}" -Xmx128m -Dquarkus.http.port="$port" -jar "$JAR" > /dev/null 2>&1 &
    pid=$!
    trap 'kill $pid 2>/dev/null || true' EXIT
    until curl -fs -o "$body" -X POST "localhost:$port/assessments" -H 'Content-Type: application/json' \
        -d @"$ROOT/src/bench/profile.json"; do sleep 0.2; done
    kill "$pid"; wait "$pid" 2>/dev/null || true; trap - EXIT
    echo "floor body: $(wc -c < "$body") bytes (the service's answer to src/bench/profile.json)"
    python3 "$CPU_COMPARE" "$JAR" POST /assessments "$ROOT/src/bench/profile.json" --floor-body "$body" "${args[@]}"
    ;;
  lean)
    python3 "$CPU_COMPARE" "$JAR" POST /assessments "$ROOT/src/bench/profile.json" --header "Prefer: return=minimal" \
        "${args[@]}"
    ;;
  *) echo "usage: src/bench/cpu.sh full|lean [JAR]" >&2; exit 2 ;;
esac
