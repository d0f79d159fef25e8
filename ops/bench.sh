#!/usr/bin/env bash
# Builds the ops module and runs the event store benchmark.
#   ops/bench.sh [sizes] [fsync]      e.g. ops/bench.sh 10000,100000 true
# Defaults: 10000,100000,1000000 true. JAVA_OPTS overrides the JVM options (default -Xmx4g).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

./mvnw -q -pl ops -am package -DskipTests

# The ops build writes its runtime classpath at package time; until it does, ask Maven for it here.
classpath_file=ops/target/classpath.txt
if [[ ! -s "$classpath_file" ]]; then
  classpath_file=ops/target/bench-classpath.txt
  ./mvnw -q -pl ops -am dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$root/$classpath_file"
fi

exec java ${JAVA_OPTS:--Xmx4g} \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "ops/target/classes:$(cat "$classpath_file")" \
  org.yishi.ops.bench.EventStoreBenchmark "$@"
