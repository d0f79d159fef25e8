#!/usr/bin/env bash
# Runs one load program of ops against a fresh build: run-load.sh <main class> [its options].
# Builds the application jar and the ops module first (SKIP_BUILD=1 uses the existing build), and runs from a copy
# of the build's outputs, so that a rebuild meanwhile cannot change the jar or the classes. The program starts the
# application itself. JAVA_OPTS overrides the load program's JVM options (default -Xmx2g).
set -euo pipefail

main="$1"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -q -DskipTests package
fi

snapshot="$(mktemp -d -t yishi-load.XXXXXX)"
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
  "$main" --jar "$snapshot/yishi.jar" "$@"
