#!/usr/bin/env bash
# The training run that makes a Java 25 AOT cache (JEP 483/514/515): starts the application with the JVM command it is
# given plus -XX:AOTCacheOutput=CACHE, waits until the first request succeeds, sends each request ROUNDS times, then
# stops it with SIGTERM; the JVM writes the cache (loaded and linked classes, method profiles) as it exits.
#
#   train.sh CACHE ROUNDS PORT REQUESTS_FILE -- java [JVM options] -jar quarkus-run.jar
#
# REQUESTS_FILE has one request a line, 'METHOD PATH [BODY_FILE]', the body file relative to REQUESTS_FILE's folder
# (# starts a comment). The first request is also the readiness check.
# Used as written by docker/Dockerfile.jvm (runtime stage), by DockerfileIT and by src/bench (the same recipe
# everywhere). Plain bash: the Temurin JRE image has no curl, so HTTP/1.1 goes over bash's /dev/tcp.
set -euo pipefail
export LC_ALL=C # ${#body} counts bytes
cache=${1:?cache file}; rounds=${2:?rounds}; port=${3:?port}; file=${4:?requests file}
[ "${5:-}" = "--" ] && [ "$#" -ge 6 ] || { echo "usage: $0 CACHE ROUNDS PORT REQUESTS_FILE -- java ..." >&2; exit 2; }
shift 5
java=$1; shift
dir=$(cd "$(dirname "$file")" && pwd)
requests=()
while read -r method path body _; do
  case $method in ''|'#'*) continue ;; esac
  requests+=("$method $path${body:+ $dir/$body}")
done < "$file"
[ "${#requests[@]}" -gt 0 ] || { echo "no requests in $file" >&2; exit 2; }

# send METHOD PATH [BODY_FILE]: one request on a new connection; prints the status code.
send() {
  local method=$1 path=$2 body="" status
  [ -n "${3:-}" ] && body=$(<"$3")
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
    "$method" "$path" "${#body}" "$body" >&3
  read -r _ status _ <&3 || status=000
  cat <&3 >/dev/null || true
  exec 3>&-
  echo "$status"
}

# The decision history of the training run goes to a folder of its own, removed afterwards: an image never ships
# records of its training requests.
ADVISOR_HISTORY_PATH=$(mktemp -d)
export ADVISOR_HISTORY_PATH
trap 'rm -rf "$ADVISOR_HISTORY_PATH"' EXIT
"$java" "-XX:AOTCacheOutput=$cache" "$@" &
pid=$!
for _ in $(seq 1 600); do # up to 60 s to get ready
  kill -0 "$pid" 2>/dev/null || { echo "the training JVM exited before it was ready" >&2; exit 1; }
  # shellcheck disable=SC2086
  case $(send ${requests[0]} 2>/dev/null) in 2??) break ;; esac
  sleep 0.1
done
for _ in $(seq 1 "$rounds"); do
  for request in "${requests[@]}"; do
    # shellcheck disable=SC2086
    status=$(send $request)
    case $status in 2??) ;; *) echo "training request '$request' answered $status" >&2; kill -9 "$pid"; exit 1 ;; esac
  done
done
kill -TERM "$pid"
wait "$pid" || true # a JVM stopped by SIGTERM exits with 143
[ -s "$cache" ] || { echo "no AOT cache written to $cache" >&2; exit 1; }
