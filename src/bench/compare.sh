#!/usr/bin/env bash
# POST /assessments against the floor of this stack, with the workplace's comparison script:
#   src/bench/compare.sh [path to compare.sh]     (default ../shared/bench/compare.sh; env ROUNDS, SECONDS_EACH)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
COMPARE=${1:-$ROOT/../shared/bench/compare.sh}
[ -f "$ROOT/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
cd "$ROOT"
bash "$COMPARE" target/quarkus-app/quarkus-run.jar POST /assessments src/bench/profile.json
