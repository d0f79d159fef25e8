#!/usr/bin/env bash
# The ballot program against a fresh application (its own JVM, embedded store on a known port, demo data plus the
# load-test voters): raw inserts through the driver, ballots through the whole stack, latency at a steady rate.
#   ops/ballot-load.sh                                  10,000 voters, 32 in flight, 500 ballots/s
#   ops/ballot-load.sh --voters 500 --rate 100          a smoke run
# Options: --voters --concurrency --rate --heap --keep (see BallotLoadOptions). SKIP_BUILD=1 uses the existing build.
exec "$(dirname "$0")/run-load.sh" org.yishi.ops.ballots.BallotLoad "$@"
