#!/usr/bin/env bash
# Domain micro-benchmarks (JMH): ./src/bench/jmh.sh [JMH options, e.g. -f 1 -wi 3 -i 3 or a benchmark regex]
# Prints the JMH table; the README quotes the p0.50 (median) lines of a default run.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
  -rf json -rff target/jmh-result.json "${@:-DomainBenchmarks}"
