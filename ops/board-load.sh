#!/usr/bin/env bash
# Builds the application jar and the ops module, then runs the live board load program against a fresh application
# (its own JVM, embedded store in a temporary directory, demo data). The report goes to stdout, progress to stderr.
#   ops/board-load.sh                                   2,000 viewers, 20 commands/s for 60 s
#   ops/board-load.sh --clients 10000
#   ops/board-load.sh --clients 50 --seconds 5          a smoke run (under a minute)
# Options: --clients --rate --seconds --connect-rate --residents --heap --keep (see LoadOptions). SKIP_BUILD=1 uses
# the existing build. JAVA_OPTS overrides the load program's JVM options (default -Xmx2g).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -o -q -DskipTests package
fi

# Run from a copy of this build's outputs, so that a rebuild meanwhile cannot change the jar or the classes.
snapshot="$(mktemp -d -t yishi-board-load.XXXXXX)"
trap 'rm -rf "$snapshot"' EXIT
cp web/target/yishi.jar "$snapshot/yishi.jar"
cp -r ops/target/classes "$snapshot/ops-classes"
classpath="$snapshot/ops-classes"
IFS=: read -ra entries <<< "$(< ops/target/classpath.txt)"
for i in "${!entries[@]}"; do
  entry="${entries[$i]}"
  if [[ "$entry" == "$root"/* ]]; then
    cp -r "$entry" "$snapshot/$i-$(basename "$entry")"
    entry="$snapshot/$i-$(basename "$entry")"
  fi
  classpath+=":$entry"
done

java ${JAVA_OPTS:--Xmx2g} \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$classpath" \
  org.yishi.ops.live.BoardLoad --jar "$snapshot/yishi.jar" "$@"
