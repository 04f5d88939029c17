#!/usr/bin/env bash
# Start of the JVM to the first successful POST /assessments, RUNS times, with and without the AppCDS archive:
#   src/bench/startup.sh      (env: RUNS=5)
source "$(dirname "$0")/common.sh"
build
cd "$APP"
for _ in $(seq 1 "${RUNS:-5}"); do
  for mode in appcds plain; do
    while ss -ltn | grep -q ":$PORT "; do sleep 0.2; done
    options=(); [ "$mode" = appcds ] && options=(-XX:SharedArchiveFile=app-cds.jsa)
    start=$(date +%s%N)
    java "${options[@]}" -Dquarkus.http.port="$PORT" -jar quarkus-run.jar > /tmp/advisor-start.log 2>&1 &
    pid=$!
    until curl -fs -o /dev/null -X POST "localhost:$PORT/assessments" -H 'Content-Type: application/json' \
        -d @"$BENCH/profile.json"; do sleep 0.01; done
    echo "$mode $(( ($(date +%s%N) - start) / 1000000 )) ms ($(grep -o 'started in [0-9.]*s' /tmp/advisor-start.log))"
    kill -9 $pid; wait $pid 2>/dev/null || true
  done
done
