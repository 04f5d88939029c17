# Shared by the benchmark scripts: build once, start the packaged service, wrk helpers.
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
APP="$ROOT/target/quarkus-app"
PORT=${PORT:-8080}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

build() {
  [ -f "$APP/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
}

# start_service [JVM options...]: the packaged service on $PORT, from its AppCDS archive; sets SERVICE_PID.
start_service() {
  while ss -ltn | grep -q ":$PORT "; do sleep 0.5; done
  (cd "$APP" && exec java -XX:SharedArchiveFile=app-cds.jsa "$@" -Dquarkus.http.port="$PORT" -jar quarkus-run.jar \
      > /tmp/advisor-bench.log 2>&1) &
  SERVICE_PID=$!
  until curl -fs -o /dev/null "localhost:$PORT/q/health/ready"; do sleep 0.05; done
}

stop_service() {
  kill -9 "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
}

# lua METHOD BODY_FILE: a wrk script for the request
lua() {
  local script
  script=$(mktemp --suffix=.lua)
  if [ -n "${2:-}" ]; then
    python3 - "$1" "$2" > "$script" <<'PY'
import json, sys
print('wrk.method = %s' % json.dumps(sys.argv[1]))
print('wrk.body = %s' % json.dumps(open(sys.argv[2]).read()))
print('wrk.headers["Content-Type"] = "application/json"')
PY
  else
    printf 'wrk.method = "%s"\n' "$1" > "$script"
  fi
  echo "$script"
}
