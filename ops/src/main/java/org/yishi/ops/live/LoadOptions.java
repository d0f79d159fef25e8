package org.yishi.ops.live;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The load program's arguments, each {@code --name value}: {@code --clients} viewers (2000), {@code --rate} commands
 * a second (20), {@code --seconds} of commands (60), {@code --connect-rate} new viewers a second (500),
 * {@code --handshakes} viewers connecting at once, from the handshake to the catch-up's answer (200),
 * {@code --residents} demo residents taking part (40, at most 45: the verified ones), {@code --jar} the application
 * ({@code web/target/yishi.jar}), {@code --heap} the application's fixed heap (2g), {@code --keep} keeps the
 * application's directory and log.
 */
record LoadOptions(int clients, double rate, Duration duration, double connectRate, int handshakes, int residents,
                   Path jar, String heap, boolean keep) {

    static final int VERIFIED_RESIDENTS = 45;

    static LoadOptions parse(String[] args) {
        int clients = 2_000;
        double rate = 20;
        Duration duration = Duration.ofSeconds(60);
        double connectRate = 500;
        int handshakes = 200;
        int residents = 40;
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
                case "--clients" -> clients = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--seconds" -> duration = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                case "--connect-rate" -> connectRate = Double.parseDouble(value);
                case "--handshakes" -> handshakes = Integer.parseInt(value);
                case "--residents" -> residents = Integer.parseInt(value);
                case "--jar" -> jar = Path.of(value);
                case "--heap" -> heap = value;
                default -> throw new IllegalArgumentException("Unknown option " + name + "; known: --clients --rate "
                                                              + "--seconds --connect-rate --handshakes --residents --jar "
                                                              + "--heap "
                                                              + "--keep");
            }
        }
        if (clients < 1 || rate <= 0 || connectRate <= 0 || handshakes < 1 || duration.isNegative()
            || duration.isZero()) {
            throw new IllegalArgumentException("--clients, --rate, --seconds, --connect-rate and --handshakes must be "
                                               + "positive");
        }
        if (residents < 2 || residents > VERIFIED_RESIDENTS) {
            throw new IllegalArgumentException("--residents must be 2 to " + VERIFIED_RESIDENTS);
        }
        return new LoadOptions(clients, rate, duration, connectRate, handshakes, residents, jar, heap, keep);
    }
}
