#!/usr/bin/env bash
# POST /impact-analyses over a large history (issue 19, target: 100,000 records replayed in under a minute): starts the
# packaged service on a fresh embedded H2 file (or on PostgreSQL with BENCH_POSTGRESQL_URL, see .ci/run for a
# throw-away server), records RECORDS assessments through POST /assessments/batch (100 a call, PARALLEL calls at a
# time; a mix of TRAINING, RAG, HIRE_ML_ENGINEER and profiles ruleset 1 cannot decide), then times three analyses of
# all of them: under the running data, under ruleset 1, and under a candidate market data file (the shipped one).
#   RECORDS=100000 PARALLEL=4 src/bench/impact.sh
#   BENCH_POSTGRESQL_URL=jdbc:postgresql://127.0.0.1:5432/advisor BENCH_POSTGRESQL_USER=… BENCH_POSTGRESQL_PASSWORD=… \
#     src/bench/impact.sh
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
RECORDS=${RECORDS:-100000}
PARALLEL=${PARALLEL:-4}
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
WORKDIR=$(mktemp -d -t advisor-impact-bench.XXXXXX)
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()')
if [ -n "${BENCH_POSTGRESQL_URL:-}" ]; then
  env=(QUARKUS_DATASOURCE_JDBC_URL="$BENCH_POSTGRESQL_URL" QUARKUS_DATASOURCE_USERNAME="${BENCH_POSTGRESQL_USER:-}"
       QUARKUS_DATASOURCE_PASSWORD="${BENCH_POSTGRESQL_PASSWORD:-}")
  DATABASE=PostgreSQL
else
  env=(ADVISOR_HISTORY_PATH="$WORKDIR/h2")
  DATABASE=H2
fi
(cd "$ROOT/target/quarkus-app" && exec env "${env[@]}" java ${JAVA_OPTS:-} -Dquarkus.http.port="$PORT" \
    -jar quarkus-run.jar > "$WORKDIR/service.log" 2>&1) &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORKDIR"' EXIT
until curl -fs -o /dev/null "localhost:$PORT/q/health/ready"; do
  kill -0 $PID 2>/dev/null || { tail -20 "$WORKDIR/service.log"; exit 1; }
  sleep 0.2
done

python3 - "$WORKDIR/batch.json" <<'PY'
import json, sys
base = {"usesPrivateData": False, "desiredChange": "DEEP_KNOWLEDGE", "labeledExamples": 10000,
        "mlExpertise": "IN_HOUSE", "trainingBudgetUsd": 10000, "knowledgeInPublicData": False,
        "ragTooSlowOrExpensive": True}
task = {"usesPrivateData": False, "desiredChange": "TASK_SKILL", "labeledExamples": 1000, "mlExpertise": "IN_HOUSE",
        "trainingBudgetUsd": 10000, "promptingOutcome": "TOO_COSTLY"}
hire = dict(base, mlExpertise="CAN_HIRE")
unknown = {k: v for k, v in base.items() if k != "labeledExamples"}
profiles = [dict(p, projectName="impact-bench-%d" % i) for i, p in
            enumerate(([base] * 4 + [task] * 3 + [hire] * 2 + [unknown]) * 10)]
json.dump({"profiles": profiles}, open(sys.argv[1], "w"))
PY
start=$(date +%s)
seq 1 $(( (RECORDS + 99) / 100 )) | xargs -P "$PARALLEL" -I{} curl -fs -o /dev/null -H 'Content-Type: application/json' \
    -H 'Prefer: return=minimal' --data-binary @"$WORKDIR/batch.json" "localhost:$PORT/assessments/batch"
echo "$DATABASE: recorded $(( (RECORDS + 99) / 100 * 100 )) assessments in $(( $(date +%s) - start )) s"

python3 - "$ROOT/src/main/resources/market/market-data.json" "$WORKDIR/candidate.json" <<'PY'
import json, sys
json.dump({"marketData": json.load(open(sys.argv[1]))}, open(sys.argv[2], "w"))
PY
analyse() { # analyse LABEL BODY_FILE_OR_JSON
  local t0 t1 out
  t0=$(date +%s.%N)
  out=$(curl -fs -H 'Content-Type: application/json' --data-binary "$2" "localhost:$PORT/impact-analyses")
  t1=$(date +%s.%N)
  python3 -c 'import json,sys; a=json.loads(sys.argv[1]); print("%s: %-28s replayed %d in %.1f s, flipped %d (approach %d), not decidable %d"
    % (sys.argv[4], sys.argv[2], a["replayed"], float(sys.argv[3]), a["flipped"]["count"], a["flipped"]["approachChanged"],
       a["notEvaluable"]["count"]))' "$out" "$1" "$(echo "$t1 - $t0" | bc)" "$DATABASE"
}
analyse "running data" '{}'
analyse "ruleset 1" '{"ruleset": 1}'
analyse "candidate file" @"$WORKDIR/candidate.json"
echo "heap after: $(jcmd $PID GC.heap_info 2>/dev/null | grep -m1 -o 'used [0-9]*K' || echo n/a)"
