#!/usr/bin/env bash
# One client's throughput in profiles per second: 100 single POST /assessments calls against one
# POST /assessments/batch of the same 100 profiles, for the full and the lean (Prefer: return=minimal) answer.
#   src/bench/batch.sh            (env: SECONDS_EACH=10 WARMUP_SECONDS=8 WARMUP_ROUNDS=2 PORT=18093)
# "One client" is one connection (wrk -t1 -c1): each request waits for the previous answer. The profile is
# src/bench/profile.json (a TRAINING answer under ruleset 2, market warnings included), 100 times in the batch.
PORT=${PORT:-18093}
source "$(dirname "$0")/common.sh"
secs=${SECONDS_EACH:-10}; warm_secs=${WARMUP_SECONDS:-8}; warm_rounds=${WARMUP_ROUNDS:-2}
build
batch_body=$(mktemp --suffix=.json)
python3 - "$BENCH/profile.json" > "$batch_body" <<'PY'
import json, sys
profile = json.load(open(sys.argv[1]))
print(json.dumps({"profiles": [profile] * 100}, separators=(",", ":")))
PY
start_service
trap 'stop_service; rm -f "$batch_body"' EXIT

# The batch answers 100 assessments, or the comparison is void.
for prefer in return=representation return=minimal; do
  assessed=$(curl -fs "localhost:$PORT/assessments/batch" -H 'Content-Type: application/json' -H "Prefer: $prefer" \
      --data-binary @"$batch_body" | python3 -c 'import json,sys; print(json.load(sys.stdin)["assessed"])')
  [ "$assessed" = 100 ] || { echo "the batch assessed $assessed of 100 ($prefer)" >&2; exit 1; }
done

# script BODY PREFER: a wrk script for POST with that body and Prefer header (none if empty)
script() {
  local file
  file=$(lua POST "$1")
  [ -n "$2" ] && printf 'wrk.headers["Prefer"] = "%s"\n' "$2" >> "$file"
  echo "$file"
}

# The four cases share most of their code, and the JIT needs about a minute of it: warm them up in turns first.
for _ in $(seq 1 "$warm_rounds"); do
  for prefer in "" return=minimal; do
    for case in "/assessments $BENCH/profile.json" "/assessments/batch $batch_body"; do
      read -r path body <<< "$case"
      warm=$(script "$body" "$prefer")
      wrk -t1 -c1 -d"${warm_secs}s" -s "$warm" "http://127.0.0.1:$PORT$path" > /dev/null
      rm -f "$warm"
    done
  done
done

# run NAME PATH BODY PREFER PROFILES_PER_REQUEST: prints profiles/s
run() {
  local script
  script=$(script "$3" "$4")
  wrk -t1 -c1 -d"${secs}s" --latency -s "$script" "http://127.0.0.1:$PORT$2" | python3 -c '
import re, sys
t = sys.stdin.read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
p50 = re.search(r"50%\s+(\S+)", t).group(1)
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", t)
per = int(sys.argv[2])
print("%-34s %9.0f requests/s  %10.0f profiles/s   p50 %8s   non-2xx %s" % (sys.argv[1], rps, rps * per, p50,
      bad.group(1) if bad else 0))' "$1" "$5"
  rm -f "$script"
}

results=$(mktemp)
for representation in full minimal; do
  prefer=""; [ "$representation" = minimal ] && prefer="return=minimal"
  run "single, $representation" /assessments "$BENCH/profile.json" "$prefer" 1 | tee -a "$results"
  run "batch of 100, $representation" /assessments/batch "$batch_body" "$prefer" 100 | tee -a "$results"
done
python3 - "$results" <<'PY'
import re, sys
rows = [l for l in open(sys.argv[1]) if l.strip()]
rate = {re.match(r"(.*?)\s{2,}", l).group(1): float(re.search(r"([\d.]+) profiles/s", l).group(1)) for l in rows}
for r in ("full", "minimal"):
    print("batch/single, %-8s %6.1fx" % (r, rate["batch of 100, " + r] / rate["single, " + r]))
print("batch minimal / single full  %6.1fx" % (rate["batch of 100, minimal"] / rate["single, full"]))
PY
rm -f "$results"
echo "rss KiB $(ps -o rss= -p "$SERVICE_PID")"
