#!/usr/bin/env bash
# The archive search benchmark: generates agreements, indexes them through the search projection, times 200 fixed
# Chinese queries and prints the figures.
#   ops/search-bench.sh              100,000 agreements
#   ops/search-bench.sh 10000        a smaller run
BENCH_MAIN=org.yishi.ops.search.SearchBenchmark exec "$(dirname "$0")/bench.sh" "$@"
