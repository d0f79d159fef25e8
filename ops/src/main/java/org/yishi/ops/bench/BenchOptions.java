package org.yishi.ops.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's arguments: {@code [sizes] [fsync] [preload]}, e.g. {@code 10000,100000,1000000 true bulk}.
 * Positional and optional, so that {@code bench.sh} can pass them straight through.
 *
 * @param bulkRest whether the preload fills all but its first tenth with one commit per motion ({@code bulk},
 *                 the default) rather than in units of work ({@code units})
 */
record BenchOptions(List<Long> sizes, boolean fsync, boolean bulkRest) {

    private static final List<Long> DEFAULT_SIZES = List.of(10_000L, 100_000L, 1_000_000L);

    static BenchOptions parse(String[] args) {
        List<Long> sizes = args.length > 0
                ? Arrays.stream(args[0].split(",")).map(String::trim).map(Long::parseLong).toList()
                : DEFAULT_SIZES;
        boolean fsync = args.length <= 1 || parseFsync(args[1]);
        boolean bulkRest = args.length <= 2 || parsePreload(args[2]);
        return new BenchOptions(sizes, fsync, bulkRest);
    }

    private static boolean parseFsync(String value) {
        return switch (value.toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("fsync must be true or false, not " + value);
        };
    }

    private static boolean parsePreload(String value) {
        return switch (value.toLowerCase()) {
            case "bulk" -> true;
            case "units" -> false;
            default -> throw new IllegalArgumentException("preload must be bulk or units, not " + value);
        };
    }
}
