package org.yishi.web.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The several-nodes warning, on the standalone embedded store as README's "Several nodes on one machine" runs it. */
@ExtendWith(OutputCaptureExtension.class)
class StoreNodesTest {

    @TempDir
    Path directory;

    EmbeddedMongoServer server;
    MongoClient client;
    MongoDatabase database;
    StoreProperties shared;
    HealthProperties health = new HealthProperties(null, Duration.ofSeconds(5));

    @BeforeEach
    void aStandaloneEmbeddedStoreReachedThroughItsUri() {
        server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("yishi");
        shared = new StoreProperties(server.connectionString() + "/yishi", null, null, null, null);
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private StoreNodes node() {
        return new StoreNodes(database, shared, health);
    }

    @Test
    void oneNodeOnASingleServerGetsNoWarning(CapturedOutput log) {
        // given one node
        StoreNodes one = node();

        // when it beats
        one.beat();

        // then
        assertThat(one.nodesSeen()).isEqualTo(1);
        assertThat(one.replicaSet()).isNull();
        assertThat(one.sharedSingleServer()).isFalse();
        Health store = new StoreHealthIndicator(database, shared, one).health();
        assertThat(store.getStatus()).isEqualTo(Status.UP);
        assertThat(store.getDetails()).containsEntry("nodes", 1L).doesNotContainKey("severalNodes");
        assertThat(log.getOut()).doesNotContain("several application nodes");
    }

    @Test
    void aSecondNodeOnTheSameSingleServerIsWarnedAboutInTheHealthDetailsAndTheLogOnce(CapturedOutput log) {
        // given one node running
        StoreNodes one = node();
        one.beat();

        // when a second one starts on the same store
        StoreNodes two = node();
        two.beat();
        two.beat();

        // then both see two nodes; the store stays up, with the warning in both languages, logged once by the node
        assertThat(two.sharedSingleServer()).isTrue();
        Health store = new StoreHealthIndicator(database, shared, two).health();
        assertThat(store.getStatus()).isEqualTo(Status.UP);
        assertThat(store.getDetails()).containsEntry("nodes", 2L)
                                      .containsEntry("severalNodes", StoreNodes.WARNING)
                                      .containsEntry("store", "MongoDB single server, no replica set (单服务器，无副本集)");
        assertThat(log.getOut().split("several application nodes", -1)).hasSize(2);

        // and when the second node stops, the first sees one node again
        two.destroy();
        assertThat(one.sharedSingleServer()).isFalse();
    }
}
