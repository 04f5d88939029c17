#!/usr/bin/env bash
# JVM start to the first successful POST /assessments (src/bench/profile.json), side by side with the bare Quarkus app's
# first successful POST /echo (same body, same Quarkus, same JVM, same options), in turns: bare, service, bare, ...
#   src/bench/startup.sh [JVM options for every start, e.g. -XX:MaxRAMPercentage=50]
#   env: RUNS=7 turns; SETUPS="17-cds" (any of common.sh's set-ups, e.g. "17 17-cds 25 25-aot 25-aot-coh": each turn
#        then goes through all of them, so the set-ups are side by side too)
# Prints each start (wall time, the CPU time the JVM had used by then: less sensitive to the other load on a shared
# machine, and the classes loaded by then, read by jstat from the JVM's performance counters without attaching), then
# per set-up the medians and the median of the turns' ratios service/bare; the load average before and after (2 cores
# shared: compare only figures of one run).
source "$(dirname "$0")/common.sh"
setups=${SETUPS:-17-cds}; runs=${RUNS:-7}
declare -A dirs
for setup in $setups; do
  for app in bare service; do dirs[$app-$setup]=$(prepare "$app" "$setup" "$@"); done
done
results=$(mktemp)
echo "load average before: $(loadavg)"
for turn in $(seq 1 "$runs"); do
  for setup in $setups; do
    for app in bare service; do
      port=$(free_port)
      start=$(date +%s%N)
      launch "${dirs[$app-$setup]}" "$setup" "$port" "$@"
      until curl -fs -o /dev/null -X POST "localhost:$port$(first_path "$app")" -H 'Content-Type: application/json' \
          --data-binary @"$BENCH/profile.json"; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "$app $setup exited: ${dirs[$app-$setup]}/run.log" >&2; exit 1; }
        sleep 0.01
      done
      ms=$(( ($(date +%s%N) - start) / 1000000 ))
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$APP_PID/stat")
      classes=$("$(dirname "$(setup_java "$setup")")/jstat" -class "$APP_PID" | awk 'NR == 2 { print $1 }')
      kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
      echo "turn $turn $setup $app $ms ms, cpu $cpu ms, $classes classes (load $(loadavg))"
      echo "$turn $setup $app $ms $cpu $classes" >> "$results"
    done
  done
done
echo "load average after: $(loadavg)"
python3 - "$results" $setups <<'PY'
import collections, statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
ms = collections.defaultdict(dict)
for turn, setup, app, t, cpu, classes in rows:
    ms[setup, app][turn] = (int(t), int(cpu), int(classes))
for setup in sys.argv[2:]:
    bare, service = ms[setup, "bare"], ms[setup, "service"]
    for i, what in ((0, "wall"), (1, "cpu ")):
        ratios = [service[t][i] / bare[t][i] for t in bare]
        print("%-13s %s: bare median %5d ms, service median %5d ms, ratio %.2f (median of %d turns' ratios, %.2f-%.2f)"
              % (setup, what, statistics.median(v[i] for v in bare.values()),
                 statistics.median(v[i] for v in service.values()),
                 statistics.median(ratios), len(ratios), min(ratios), max(ratios)))
    print("%-13s classes loaded: bare median %d, service median %d" % (setup,
          statistics.median(v[2] for v in bare.values()), statistics.median(v[2] for v in service.values())))
PY
