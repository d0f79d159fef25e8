#!/usr/bin/env bash
# Builds the ops module and runs the event store benchmark; the table goes to stdout, progress to stderr.
#   ops/bench.sh [sizes] [fsync] [preload]      e.g. ops/bench.sh 10000,100000 true units
# Defaults: 10000,100000,1000000 true bulk (see Preloader). JAVA_OPTS overrides the JVM options (default -Xmx4g).
# BENCH_MAIN runs another benchmark of ops from the same build (search-bench.sh does).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

./mvnw -q -pl ops -am package -DskipTests

# The ops build writes its runtime classpath at package time; should it not, ask Maven for it here, in the same
# reactor as a package, so that command-side resolves to this build's jar rather than to one in the local repository.
classpath_file=ops/target/classpath.txt
if [[ ! -s "$classpath_file" ]]; then
  classpath_file=ops/target/bench-classpath.txt
  ./mvnw -q -pl ops -am package dependency:build-classpath -DskipTests -DincludeScope=runtime \
    -Dmdep.outputFile=target/bench-classpath.txt
fi

# A run can take half an hour (units preload): run from a copy of this build's own outputs, so that a rebuild of
# the project meanwhile cannot change classes under the running benchmark.
snapshot="$(mktemp -d -t yishi-bench-classes.XXXXXX)"
trap 'rm -rf "$snapshot"' EXIT
cp -r ops/target/classes "$snapshot/ops-classes"
classpath="$snapshot/ops-classes"
IFS=: read -ra entries <<< "$(< "$classpath_file")"
for i in "${!entries[@]}"; do
  entry="${entries[$i]}"
  if [[ "$entry" == "$root"/* ]]; then
    cp -r "$entry" "$snapshot/$i-$(basename "$entry")"
    entry="$snapshot/$i-$(basename "$entry")"
  fi
  classpath+=":$entry"
done

java ${JAVA_OPTS:--Xmx4g} \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$classpath" \
  "${BENCH_MAIN:-org.yishi.ops.bench.EventStoreBenchmark}" "$@"
