package org.yishi.ops.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's arguments: {@code [sizes] [fsync]}, e.g. {@code 10000,100000,1000000 true}.
 * Positional and optional, so that {@code bench.sh} can pass them straight through.
 */
record BenchOptions(List<Long> sizes, boolean fsync) {

    private static final List<Long> DEFAULT_SIZES = List.of(10_000L, 100_000L, 1_000_000L);

    static BenchOptions parse(String[] args) {
        List<Long> sizes = args.length > 0
                ? Arrays.stream(args[0].split(",")).map(String::trim).map(Long::parseLong).toList()
                : DEFAULT_SIZES;
        boolean fsync = args.length <= 1 || parseFlag(args[1]);
        return new BenchOptions(sizes, fsync);
    }

    private static boolean parseFlag(String value) {
        return switch (value.toLowerCase()) {
            case "true", "fsync" -> true;
            case "false", "nofsync" -> false;
            default -> throw new IllegalArgumentException("fsync flag must be true or false, not " + value);
        };
    }
}
