package org.yishi.ops.bench;

import org.bson.Document;
import org.yishi.command.eventstore.CanonicalJson;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What chaining adds to one append on the CPU, measured apart from the store: the canonical encoding and SHA-256 of
 * commit documents shaped like Yishi's (a 1-event command, a 3-event command, a 32-ballot shared commit), after a
 * warm-up. Arguments: {@code [rounds]} (default 200,000 per shape). Prints microseconds per commit.
 */
public final class ChainHashCost {

    private ChainHashCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        System.out.printf("Chain hash cost per commit (canonical encoding + SHA-256), %,d rounds each, %d cores%n",
                          rounds, Runtime.getRuntime().availableProcessors());
        for (int events : new int[]{1, 3, 32}) {
            Document commit = commit(events);
            int bytes = CanonicalJson.encode(commit, Set.of("hash")).length();
            for (int i = 0; i < rounds / 4; i++) {
                CanonicalJson.sha256(commit, Set.of("hash"));
            }
            long started = System.nanoTime();
            int sink = 0;
            for (int i = 0; i < rounds; i++) {
                sink += CanonicalJson.sha256(commit, Set.of("hash")).charAt(0);
            }
            double micros = (System.nanoTime() - started) / 1_000.0 / rounds;
            System.out.printf("%3d-event commit (%,6d bytes canonical): %7.2f us per commit%s%n", events, bytes, micros,
                              sink == 42 ? " " : "");
        }
    }

    private static Document commit(int events) {
        List<Document> list = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            list.add(new Document("id", UUID.randomUUID().toString()).append("seq", (long) i + 7)
                             .append("type", "org.yishi.command.api.motion.BallotCast").append("rev", null)
                             .append("ts", new Date())
                             .append("payload", new Document("motionId", "motion-" + UUID.randomUUID())
                                     .append("voter", "voter0" + i).append("household", "h" + i)
                                     .append("options", List.of("YES")).append("weight", 1L)
                                     .append("at", 1_764_741_600_000L + i))
                             .append("meta", new Document("actor", "voter0" + i)
                                     .append("correlationId", UUID.randomUUID().toString())
                                     .append("traceId", UUID.randomUUID().toString())));
        }
        return new Document("_id", 123_456L).append("key", "motion-1#7").append("aggType", "Motion")
                                            .append("agg", "motion-1").append("first", 7L).append("n", events)
                                            .append("at", new Date()).append("events", list)
                                            .append("prev", "0".repeat(64));
    }
}
