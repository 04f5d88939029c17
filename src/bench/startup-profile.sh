#!/usr/bin/env bash
# A CPU profile of one start of the packaged service, from the JVM's start to its first successful POST /assessments
# (issue 22: find what is done at start that could be done at build time or later).
#
#   src/bench/startup-profile.sh [SETUP] [OUT_DIR]       SETUP as in common.sh (default 25-aot, the image's)
#
# Prepares the service as startup.sh does (REUSE=1 takes a folder made before), starts it with the service's defaults
# (embedded history on) and async-profiler loaded from the first instruction (-agentpath, itimer, 1 ms: perf events
# are not open to a container), stops the profiler as soon as an assessment succeeds, and prints where the samples
# went: per thread kind and, for the main thread, per Quarkus start step (the recorded build steps) and per class of
# the service's own. OUT_DIR/startup.collapsed keeps the samples (flame-graph input).
set -euo pipefail
source "$(dirname "$0")/common.sh"
SETUP=${1:-25-aot}
OUT=${2:-$ROOT/target/startup-profile-$SETUP}
VERSION=4.2
mkdir -p "$OUT"
jar=$HOME/.m2/repository/tools/profiler/async-profiler/$VERSION/async-profiler-$VERSION.jar
[ -f "$jar" ] || (cd "$ROOT" && ./mvnw -B -q dependency:get -Dartifact=tools.profiler:async-profiler:$VERSION)
lib=$OUT/libasyncProfiler.so
unzip -p "$jar" linux-x64/libasyncProfiler.so > "$lib"
dir=$(prepare service "$SETUP")
rm -rf "$dir/data"
port=$(free_port)
launch "$dir" "$SETUP" "$port" "-agentpath:$lib=start,event=itimer,interval=1ms"
until curl -fs -o /dev/null -X POST "localhost:$port/assessments" -H 'Content-Type: application/json' \
    --data-binary @"$BENCH/profile.json"; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the service exited: $dir/run.log" >&2; exit 1; }
  sleep 0.01
done
"$(dirname "$(setup_java "$SETUP")")/jcmd" "$APP_PID" JVMTI.agent_load "$lib" \
    "\"stop,file=$OUT/startup.collapsed,collapsed\"" > /dev/null
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
python3 - "$OUT/startup.collapsed" <<'PY'
import collections, re, sys
threads, steps, own, total, main = collections.Counter(), collections.Counter(), collections.Counter(), 0, 0
for line in open(sys.argv[1]):
    stack, count = line.rsplit(" ", 1)
    count, frames = int(count), stack.split(";")
    total += count
    if any("CompileBroker" in f for f in frames):
        threads["JIT compiler threads"] += count
    elif any(f.startswith(("G1", "WorkerThread")) or "GCTask" in f for f in frames):
        threads["garbage collection"] += count
    elif "QuarkusEntryPoint.main" in frames[0]:
        threads["main thread"] += count
        main += count
        step = next((f.split("/")[-1].split(".")[0] for f in frames if "/runner/recorded/" in f), "other")
        steps[re.sub(r"-?[0-9]+$", "", step.replace("$", "."))] += count
        mine = next((f.rsplit(".", 1)[0] for f in frames if f.startswith("dev/trainingadvisor")
                     and not f.endswith("Main.main") and "_Bean" not in f and "_Observer_" not in f), None)
        if mine:
            own[mine] += count
    else:
        threads["other threads (Vert.x, first request, writers)"] += count
print("%d samples (1 ms of CPU each)" % total)
for name, n in threads.most_common():
    print("  %-50s %5d  %5.1f %%" % (name, n, 100.0 * n / total))
print("main thread, by start step:")
for name, n in steps.most_common(12):
    print("  %-50s %5d  %5.1f %% of the main thread" % (name, n, 100.0 * n / main))
print("main thread, in the service's own classes:")
for name, n in own.most_common(10):
    print("  %-50s %5d  %5.1f %% of the main thread" % (name, n, 100.0 * n / main))
PY
