#!/usr/bin/env bash
# POST /assessments against the floors of this stack, with the workplace's comparison script (alternating turns):
#   src/bench/compare.sh full   [path to compare.sh]  the full assessment against the same-bytes floor: the floor
#                                                      answers exactly the service's own answer to the benchmark profile
#   src/bench/compare.sh lean   [path to compare.sh]  Prefer: return=minimal against the echo floor
# Default compare.sh: ../shared/bench/compare.sh. Env as compare.sh's: ROUNDS, SECONDS_EACH, CONNECTIONS, JAVA_OPTS.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MODE=${1:-full}
COMPARE=${2:-$ROOT/../shared/bench/compare.sh}
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
cd "$ROOT"
case "$MODE" in
  full)
    # The floor's body: the service's own answer to the benchmark profile, read from a short run of the service.
    port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -Dquarkus.http.port="$port" -jar target/quarkus-app/quarkus-run.jar >/tmp/advisor-floor-body.log 2>&1 &
    pid=$!
    trap 'kill $pid 2>/dev/null || true' EXIT
    until curl -fs -o target/floor-body.json -X POST "localhost:$port/assessments" -H 'Content-Type: application/json' \
        -d @src/bench/profile.json; do sleep 0.2; done
    kill "$pid"; wait "$pid" 2>/dev/null || true; trap - EXIT
    echo "floor body: $(wc -c < target/floor-body.json) bytes (the service's answer to src/bench/profile.json)"
    FLOOR_BODY=target/floor-body.json bash "$COMPARE" target/quarkus-app/quarkus-run.jar POST /assessments src/bench/profile.json
    ;;
  lean)
    HEADERS="Prefer: return=minimal" bash "$COMPARE" target/quarkus-app/quarkus-run.jar POST /assessments src/bench/profile.json
    ;;
  *) echo "usage: src/bench/compare.sh full|lean [compare.sh]" >&2; exit 2 ;;
esac
