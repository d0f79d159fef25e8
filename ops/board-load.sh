#!/usr/bin/env bash
# The live board load program against a fresh application (its own JVM, embedded store in a temporary directory,
# demo data). The report goes to stdout, progress to stderr.
#   ops/board-load.sh                                   2,000 viewers, 20 commands/s for 60 s
#   ops/board-load.sh --clients 10000
#   ops/board-load.sh --clients 50 --seconds 5          a smoke run (under a minute)
# Options: --clients --rate --seconds --connect-rate --residents --heap --keep (see LoadOptions). SKIP_BUILD=1 uses
# the existing build. JAVA_OPTS overrides the load program's JVM options (default -Xmx2g).
exec "$(dirname "$0")/run-load.sh" org.yishi.ops.live.BoardLoad "$@"
