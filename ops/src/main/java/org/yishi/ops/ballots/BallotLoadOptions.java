package org.yishi.ops.ballots;

import java.nio.file.Path;

/**
 * The ballot program's arguments, each {@code --name value}: {@code --voters} on the roll, each casting one ballot
 * per motion (10000), {@code --concurrency} ballots in flight in the throughput run and writers in the raw insert run
 * (32), {@code --rate} ballots a second in the latency run (500), {@code --jar} the application
 * ({@code web/target/yishi.jar}), {@code --heap} its fixed heap (2g), {@code --keep} keeps its directory and log.
 */
record BallotLoadOptions(int voters, int concurrency, double rate, Path jar, String heap, boolean keep) {

    static BallotLoadOptions parse(String[] args) {
        int voters = 10_000;
        int concurrency = 32;
        double rate = 500;
        Path jar = Path.of("web/target/yishi.jar");
        String heap = "2g";
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--keep")) {
                keep = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--voters" -> voters = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--jar" -> jar = Path.of(value);
                case "--heap" -> heap = value;
                default -> throw new IllegalArgumentException("Unknown option " + name + "; known: --voters "
                                                              + "--concurrency --rate --jar --heap --keep");
            }
        }
        if (voters < 1 || concurrency < 1 || rate <= 0) {
            throw new IllegalArgumentException("--voters, --concurrency and --rate must be positive");
        }
        return new BallotLoadOptions(voters, concurrency, rate, jar, heap, keep);
    }
}
