package org.yishi.ops.durability;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.yishi.command.eventstore.MongoCommitStorageEngine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The victim of the kill -9 check: appends commits to the embedded store from several threads until it is killed.
 * <p>
 * Arguments: store directory, run label (unique per run on a directory, without '-'), fsync (true/false), writer
 * threads. On stdout it prints {@code READY} once the store is open, then {@code ACK <aggregateId> <eventCount>
 * <firstEventId>} for each commit, only after {@code appendEvents} returned for it. A failed append prints
 * {@code ERROR <aggregateId> <exception>} and stops that writer. It also stops when its stdin reaches end of file,
 * so it must not be started with stdin from /dev/null.
 */
final class AppendUntilKilled {

    static final String READY = "READY";
    static final String ERROR = "ERROR ";

    /** The payload; its content only has to round-trip through the serializer. */
    record Probed(String aggregateId, long sequence) {
    }

    private AppendUntilKilled() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: AppendUntilKilled <store directory> <run label> <fsync true|false> <threads>");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        String label = args[1];
        boolean fsync = Boolean.parseBoolean(args[2]);
        int threads = Integer.parseInt(args[3]);
        if (label.contains("-")) {
            throw new IllegalArgumentException("The run label is the part of an aggregate id before its first '-': "
                                               + label);
        }
        haltWhenParentGoesAway();
        MongoCommitStorageEngine engine = DurabilityStore.open(directory, fsync).engine();
        Stdout stdout = new Stdout();
        stdout.line(READY);
        for (int writer = 0; writer < threads; writer++) {
            int number = writer;
            new Thread(() -> appendUntilKilled(engine, label, number, stdout), "writer-" + writer).start();
        }
    }

    static String labelOf(String aggregateId) {
        return aggregateId.substring(0, aggregateId.indexOf('-'));
    }

    private static void appendUntilKilled(MongoCommitStorageEngine engine, String label, int writer, Stdout stdout) {
        Random random = new Random(Objects.hash(label, writer));
        for (long counter = 0; ; counter++) {
            String aggregateId = label + '-' + writer + '-' + counter;
            int count = 1 + random.nextInt(3);
            List<DomainEventMessage<?>> events = new ArrayList<>(count);
            for (int sequence = 0; sequence < count; sequence++) {
                events.add(new GenericDomainEventMessage<>("Probe", aggregateId, sequence,
                                                           new Probed(aggregateId, sequence)));
            }
            try {
                engine.appendEvents(events);
            } catch (RuntimeException e) {
                e.printStackTrace();
                stdout.line(ERROR + aggregateId + ' ' + e.toString().replaceAll("\\s+", " "));
                return;
            }
            stdout.line(new Ack(aggregateId, count, events.get(0).getIdentifier()).line());
        }
    }

    /**
     * A writer whose parent died would append forever. The parent holds the other end of stdin, so end of file on
     * stdin means it is gone.
     */
    private static void haltWhenParentGoesAway() {
        Thread watcher = new Thread(() -> {
            try {
                System.in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // a broken stdin means the same as end of file
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * Stdout without buffering: each line goes out in one write of well under PIPE_BUF bytes, which a pipe keeps
     * whole, so a kill never leaves half an ACK line for the reader.
     */
    private static final class Stdout {

        private final FileOutputStream out = new FileOutputStream(FileDescriptor.out);

        synchronized void line(String text) {
            try {
                out.write((text + '\n').getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
