package org.yishi.web.records;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.MongoCommitStorageEngine;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar yishi.jar verify} on an embedded store directory: OK and 0, or the broken commit and 1. */
class VerifyCommandTest {

    @TempDir
    Path directory;

    record NoteTaken(String id, String text) {
    }

    private void storeThreeNotes(boolean tamper) {
        EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, true);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            EventStoreCollections collections = EventStoreCollections.in(client.getDatabase("yishi"));
            MongoCommitStorageEngine engine = MongoCommitStorageEngine.builder().collections(collections)
                    .eventSerializer(EventSerializers.jackson()).snapshotSerializer(EventSerializers.jackson())
                    .build();
            for (int sequence = 0; sequence < 3; sequence++) {
                engine.appendEvents(List.of(new GenericDomainEventMessage<>("Note", "note-1", sequence,
                                                                            new NoteTaken("note-1", "第" + sequence))));
            }
            if (tamper) {
                collections.commits().updateOne(eq("key", "note-1#1"), set("events.0.payload.text", "改过"));
            }
        } finally {
            server.close();
        }
    }

    private String run(int expectedExit) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(new String[]{"verify", "--yishi.store.uri=",
                                                  "--yishi.store.embedded.directory=" + directory},
                                     new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isEqualTo(expectedExit);
        return output;
    }

    @Test
    void anUntouchedStoreIsOkWithExitCodeZero() {
        storeThreeNotes(false);

        assertThat(run(0)).startsWith("OK: 3 commits of 1 aggregates");
    }

    @Test
    void aChangedEventIsNamedWithExitCodeOne() {
        storeThreeNotes(true);

        assertThat(run(1)).startsWith("BROKEN: position 1 (commit note-1#1), aggregate note-1: [HASH_MISMATCH]");
    }
}
