#!/usr/bin/env bash
# The service on a 64 MB heap under 60 s of saturation (64 connections, 2 wrk threads) on POST /assessments:
#   src/bench/saturation.sh [extra JVM options, e.g. -XX:+UseSerialGC]
# Prints throughput, latency, non-2xx and socket errors, the peak resident memory, and errors in the log.
source "$(dirname "$0")/common.sh"
build
start_service -Xmx64m "$@"
trap stop_service EXIT
( while kill -0 "$SERVICE_PID" 2>/dev/null; do ps -o rss= -p "$SERVICE_PID"; sleep 1; done > /tmp/advisor-rss.txt ) &
script=$(lua POST "$BENCH/profile.json")
wrk -t2 -c64 -d60s --latency -s "$script" "http://127.0.0.1:$PORT/assessments" \
  | grep -E 'Requests/sec|Non-2xx|Socket errors|50%|99%|requests in'
echo "peak rss KiB $(sort -n /tmp/advisor-rss.txt | tail -1)"
echo "log lines with ERROR or OutOfMemoryError: $(grep -cE 'ERROR|OutOfMemoryError' /tmp/advisor-bench.log || true)"
