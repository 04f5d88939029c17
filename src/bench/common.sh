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

# --- Side by side with the bare app, per JVM set-up (startup.sh, memory.sh) -----------------------------------------
# A set-up names the JVM and how it starts, e.g. 17, 17-cds, 25, 25-aot, 25-aot-coh:
#   17 / 25    the JVM: $JAVA17 (default: java on the PATH) or $JAVA25 (default: Temurin 25 under /usr/lib/jvm)
#   -cds       an AppCDS archive made as the Java 17 image made it (-XX:ArchiveClassesAtExit at the end of a start with
#              -Dquarkus.appcds.generate=true), used with -XX:SharedArchiveFile
#   -aot       the aot-jar packaging and an AOT cache made by docker/aot-training/train.sh (Java 25 only), used with
#              -XX:AOTCache; the bare app trains on its own POST /echo and GET /ping
#   -aotjar    the aot-jar packaging without a cache (with -cds: AppCDS of the aot-jar)
#   -coh       -XX:+UseCompactObjectHeaders (Java 25), in the training run too
# The bare app is ../shared/bench/baseline-app (Quarkus 3.33.2, quarkus-rest-jackson only), built like the service
# under $WORK (not compare.sh's build in /tmp/advisor-baseline, which is built without AppCDS).
JAVA17=${JAVA17:-$(command -v java)}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
WORK=${BENCH_WORK:-/tmp/advisor-jvm-bench}
BASELINE_SRC=${BASELINE_SRC:-$ROOT/../shared/bench/baseline-app}

# variant APP PACKAGING: the folder of a build (fast-jar or aot-jar) of the service or the bare app, built if missing.
# Built with quarkus.package.jar.appcds.enabled=true: only such a build stops by itself after starting when run with
# -Dquarkus.appcds.generate=true (a build without it starts and keeps serving), which the -cds set-ups need; the
# archive that Maven makes with it is not used. Delete target/bench-* (or $WORK) to rebuild after a change.
variant() {
  local app=$1 packaging=$2 project out
  if [ "$app" = service ]; then project=$ROOT; else project=$WORK/baseline-src; fi
  out=bench-$packaging
  if [ ! -f "$project/target/$out/quarkus-run.jar" ]; then
    if [ "$app" = bare ] && [ ! -f "$project/pom.xml" ]; then
      mkdir -p "$project" && cp -r "$BASELINE_SRC/." "$project/" && chmod -R u+w "$project"
    fi
    (cd "$ROOT" && ./mvnw -B -q -f "$project/pom.xml" package -DskipTests -Dquarkus.package.jar.type="$packaging" \
        -Dquarkus.package.jar.appcds.enabled=true -Dquarkus.package.output-directory="$out") >&2
    rm -f "$project/target/$out/app-cds.jsa"
  fi
  echo "$project/target/$out"
}

# has SETUP WORD: whether the set-up's name has that word (between dashes).
has() { [[ -$1- == *-$2-* ]]; }
# setup_java SETUP / setup_options SETUP: the JVM and the options of a set-up (the archive's, relative to its folder).
setup_java() { if has "$1" 25; then echo "$JAVA25"; else echo "$JAVA17"; fi; }
setup_options() {
  local options=()
  has "$1" coh && options+=(-XX:+UseCompactObjectHeaders)
  has "$1" cds && options+=(-XX:SharedArchiveFile=app-cds.jsa)
  has "$1" aot && options+=(-XX:AOTCache=app.aot)
  echo "${options[@]}"
}

# prepare APP SETUP [JVM options...]: $WORK/APP-SETUP[-hash of the options], a copy of the right build with the
# set-up's archive made in it by the set-up's JVM (with the given options too, as the image makes it with its own);
# prints the folder. With REUSE=1, one made before is used again.
prepare() {
  local app=$1 setup=$2; shift 2
  local packaging=fast-jar java dir port requests
  { has "$setup" aot || has "$setup" aotjar; } && packaging=aot-jar
  java=$(setup_java "$setup")
  dir=$WORK/$app-$setup${1:+-$(echo "$*" | md5sum | cut -c1-8)}
  if [ -f "$dir/prepared" ] && [ -n "${REUSE:-}" ]; then echo "$dir"; return; fi
  rm -rf "$dir"; mkdir -p "$WORK"; cp -a "$(variant "$app" "$packaging")" "$dir"
  local coh=(); has "$setup" coh && coh=(-XX:+UseCompactObjectHeaders)
  if has "$setup" cds; then
    (cd "$dir" && timeout 180 "$java" "${coh[@]}" "$@" -XX:ArchiveClassesAtExit=app-cds.jsa \
        -Dquarkus.appcds.generate=true -Dquarkus.http.port=0 -jar quarkus-run.jar > archive.log 2>&1)
    [ -s "$dir/app-cds.jsa" ] || { echo "no AppCDS archive for $app $setup: $dir/archive.log" >&2; return 1; }
  elif has "$setup" aot; then
    port=$(free_port)
    requests=$ROOT/docker/aot-training/requests
    if [ "$app" = bare ]; then
      requests=$dir/training-requests
      printf 'POST /echo profile.json\nGET /ping\n' > "$requests"; cp "$BENCH/profile.json" "$dir/"
    fi
    (cd "$dir" && bash "$ROOT/docker/aot-training/train.sh" app.aot "${AOT_TRAINING_ROUNDS:-200}" "$port" "$requests" -- \
        "$java" "${coh[@]}" "$@" -Dquarkus.http.port="$port" -jar quarkus-run.jar > archive.log 2>&1) \
      || { echo "no AOT cache for $app $setup: $dir/archive.log" >&2; return 1; }
  fi
  touch "$dir/prepared"
  echo "$dir"
}

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }

# launch DIR SETUP PORT [JVM options...]: starts the app of DIR as the set-up starts it; sets APP_PID.
launch() {
  local dir=$1 setup=$2 port=$3; shift 3
  local java options
  java=$(setup_java "$setup"); read -ra options <<< "$(setup_options "$setup")"
  (cd "$dir" && exec "$java" "${options[@]}" "$@" -Dquarkus.http.port="$port" -jar quarkus-run.jar > "$dir/run.log" 2>&1) &
  APP_PID=$!
}

# first_path APP: the request each app is timed to: POST /assessments for the service, POST /echo for the bare app.
first_path() { if [ "$1" = service ]; then echo /assessments; else echo /echo; fi; }

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
