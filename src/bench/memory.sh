#!/usr/bin/env bash
# Resident memory after 60 s of saturation (wrk, 2 threads, 64 connections), side by side with the bare Quarkus app:
# the service on POST /assessments, the bare app on POST /echo with the same body (src/bench/profile.json); same JVM,
# same options, one after the other, in turns (bare, service, bare, ...).
#   src/bench/memory.sh [JVM options for both, e.g. -XX:MaxRAM=384m -XX:MaxRAMPercentage=50 -XX:ActiveProcessorCount=1,
#                        the pod's 384 MiB and 1 CPU as the JVM in the image sees them]
#   env: RUNS=2 turns; SETUPS="17-cds" (common.sh's set-ups, e.g. "17-cds 25-aot-coh"); SECONDS_EACH=60
# Prints each run (requests/s, non-2xx, RSS right after the load and its peak during it), then per set-up the medians
# and the median of the turns' differences service - bare. Memory is in MB (10^6 bytes).
source "$(dirname "$0")/common.sh"
setups=${SETUPS:-17-cds}; runs=${RUNS:-2}; secs=${SECONDS_EACH:-60}
declare -A dirs
for setup in $setups; do
  for app in bare service; do dirs[$app-$setup]=$(prepare "$app" "$setup" "$@"); done
done
script=$(lua POST "$BENCH/profile.json")
results=$(mktemp)
echo "load average before: $(loadavg)"
for turn in $(seq 1 "$runs"); do
  for setup in $setups; do
    for app in bare service; do
      port=$(free_port)
      launch "${dirs[$app-$setup]}" "$setup" "$port" "$@"
      url="http://127.0.0.1:$port$(first_path "$app")"
      until curl -fs -o /dev/null -X POST "$url" -H 'Content-Type: application/json' --data-binary @"$BENCH/profile.json"; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "$app $setup exited: ${dirs[$app-$setup]}/run.log" >&2; exit 1; }
        sleep 0.05
      done
      ( while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID"; sleep 1; done > "$WORK/rss.txt" ) &
      sampler=$!
      out=$(wrk -t2 -c64 -d"${secs}s" -s "$script" "$url")
      rss=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
      kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
      peak=$(sort -n "$WORK/rss.txt" | tail -1 | tr -d ' ')
      rps=$(grep -oP 'Requests/sec:\s+\K[\d.]+' <<< "$out")
      bad=$(grep -oP 'Non-2xx or 3xx responses:\s+\K\d+' <<< "$out" || echo 0)
      printf 'turn %s %-12s %-7s %8s req/s  non-2xx %s  rss %4d MB  peak %4d MB  (load %s)\n' "$turn" "$setup" "$app" \
        "$rps" "$bad" $((rss * 1024 / 1000000)) $((peak * 1024 / 1000000)) "$(loadavg)"
      echo "$turn $setup $app $rss $peak $rps $bad" >> "$results"
    done
  done
done
echo "load average after: $(loadavg)"
python3 - "$results" $setups <<'PY'
import collections, statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
runs = collections.defaultdict(dict)
for turn, setup, app, rss, peak, rps, bad in rows:
    runs[setup, app][turn] = (int(rss) * 1024 / 1e6, int(peak) * 1024 / 1e6, float(rps))
for setup in sys.argv[2:]:
    bare, service = runs[setup, "bare"], runs[setup, "service"]
    med = lambda d, i: statistics.median(v[i] for v in d.values())
    diffs = [service[t][0] - bare[t][0] for t in bare]
    print("%-12s rss after load: bare %4.0f MB, service %4.0f MB, difference %+4.0f MB (median of %d turns' differences,"
          " %+.0f to %+.0f); peak: bare %4.0f, service %4.0f MB; req/s: bare %6.0f, service %6.0f" % (
        setup, med(bare, 0), med(service, 0), statistics.median(diffs), len(diffs), min(diffs), max(diffs),
        med(bare, 1), med(service, 1), med(bare, 2), med(service, 2)))
PY
