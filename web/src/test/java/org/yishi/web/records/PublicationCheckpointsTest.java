package org.yishi.web.records;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.ConventionPublished;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.eventstore.Checkpoints;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.MongoCommitStorageEngine;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every publication of a decision or a convention is followed by a checkpoint that covers it. */
class PublicationCheckpointsTest {

    @TempDir
    Path directory;
    EmbeddedMongoServer server;
    MongoClient client;
    MongoCommitStorageEngine engine;
    Checkpoints checkpoints;
    PublicationCheckpoints policy;

    record NoteTaken(String id) {
    }

    @BeforeEach
    void open() {
        server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString());
        EventStoreCollections collections = EventStoreCollections.in(client.getDatabase("yishi"));
        engine = MongoCommitStorageEngine.builder().collections(collections)
                                         .eventSerializer(EventSerializers.jackson())
                                         .snapshotSerializer(EventSerializers.jackson()).build();
        checkpoints = new Checkpoints(collections);
        policy = new PublicationCheckpoints(checkpoints);
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private void append(String id, long sequence) {
        engine.appendEvents(List.of(new GenericDomainEventMessage<>("Note", id, sequence, new NoteTaken(id))));
    }

    @Test
    void aPublishedConventionAndThenAPublishedDecisionEachGetACheckpointThatCoversThem() throws Exception {
        append("convention-1", 0);
        append("convention-1", 1);

        policy.on(new ConventionPublished(new ConventionId("convention-1"), new CommunityId("c"), 2, LocalDate.now(),
                                          Visibility.PUBLIC, "公约", "", List.of(), new PersonId("p"), Instant.now()),
                  1L);

        Checkpoints.Checkpoint first = checkpoints.latest().orElseThrow();
        assertThat(first.reason()).isEqualTo("ConventionPublished convention-1 v2");
        assertThat(first.position()).isEqualTo(1);
        assertThat(first.leafOf("convention-1")).isPresent();

        append("motion-m", 0);
        policy.on(new DecisionPublished(new DecisionId("motion-m"), Visibility.PUBLIC, new PersonId("p"),
                                        Instant.now()), 2L);

        Checkpoints.Checkpoint second = checkpoints.latest().orElseThrow();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.reason()).isEqualTo("DecisionPublished motion-m");
        assertThat(second.prev()).isEqualTo(first.hash());
        assertThat(second.leafOf("motion-m").orElseThrow().position()).isEqualTo(2);
    }
}
