#!/usr/bin/env bash
# HTTP throughput of the three benchmarked operations, one at a time, on the packaged service:
#   src/bench/http-load.sh            (env: SECONDS_EACH=10 CONNECTIONS=32 WARMUP_RUNS=3)
# Each operation is warmed up with WARMUP_RUNS runs first (the JIT needs ~30 s), then measured once.
source "$(dirname "$0")/common.sh"
secs=${SECONDS_EACH:-10}; conns=${CONNECTIONS:-32}; warmups=${WARMUP_RUNS:-3}
build
start_service
trap stop_service EXIT
for operation in "POST /assessments $BENCH/profile.json" "POST /roi-estimates $BENCH/roi.json" "GET /training-methods"; do
  read -r method path body <<< "$operation"
  script=$(lua "$method" "${body:-}")
  for _ in $(seq 1 "$warmups"); do wrk -t1 -c"$conns" -d"${secs}s" -s "$script" "http://127.0.0.1:$PORT$path" > /dev/null; done
  wrk -t1 -c"$conns" -d"${secs}s" --latency -s "$script" "http://127.0.0.1:$PORT$path" | python3 -c '
import re, sys
t = sys.stdin.read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", t).group(1)
p50 = re.search(r"50%\s+(\S+)", t).group(1); p99 = re.search(r"99%\s+(\S+)", t).group(1)
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", t)
print("%-24s %10s rps   p50 %8s   p99 %8s   non-2xx %s" % (sys.argv[1], rps, p50, p99, bad.group(1) if bad else 0))' "$method $path"
done
echo "rss KiB $(ps -o rss= -p "$SERVICE_PID")"
