package org.yishi.web.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar yishi.jar export-store}: from an embedded store's directory into another server. */
class StoreExportCommandTest {

    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    EmbeddedMongoServer target;
    MongoClient targetClient;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void anEmbeddedStoreThatWasStoppedAndAnEmptyServer() {
        try (EmbeddedMongoServer source = EmbeddedMongoServer.start(data, "127.0.0.1", 0, false);
             MongoClient client = MongoClients.create(source.connectionString())) {
            MongoDatabase yishi = client.getDatabase("yishi");
            for (long position = 0; position < 30; position++) {
                yishi.getCollection("commits").insertOne(new Document("_id", position).append("key", "a#" + position)
                                                                                      .append("n", 1)
                                                                                      .append("at", new Date()));
            }
            yishi.getCollection("counters").insertOne(new Document("_id", "commits").append("next", 30L));
            yishi.getCollection("credentials").insertOne(new Document("_id", "zhang").append("hash", "$2a$10$x"));
        }
        target = EmbeddedMongoServer.start(elsewhere, "127.0.0.1", 0, false);
        targetClient = MongoClients.create(target.connectionString());
    }

    @AfterEach
    void close() {
        targetClient.close();
        target.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return StoreExportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                                      new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theStoreInTheDirectoryIsCopiedVerifiedAndARepeatedRunChangesNothing() {
        // when
        int first = run("export-store", "--directory=" + data, "--to", target.connectionString() + "/rotated");

        // then
        assertThat(first).as(err()).isZero();
        assertThat(out()).contains("all 3 collections match (32 documents)").contains("commits", "30", "same");
        MongoDatabase rotated = targetClient.getDatabase("rotated");
        assertThat(rotated.getCollection("commits").countDocuments()).isEqualTo(30);
        assertThat(rotated.getCollection("credentials").find().first()).containsEntry("hash", "$2a$10$x");

        // and when it runs again, as after an interruption
        assertThat(run("export-store", "--directory", data.toString(), "--to=" + target.connectionString()
                                                                         + "/rotated")).isZero();
        assertThat(rotated.getCollection("commits").countDocuments()).isEqualTo(30);
    }

    @Test
    void aWrongInvocationIsRefusedInChineseAndEnglishWithTheUsage() {
        assertThat(run("export-store")).isEqualTo(2);
        assertThat(err()).contains("缺少 --to").contains("Missing --to").contains("usage:");

        assertThat(run("export-store", "--to", "http://not-mongo")).isEqualTo(2);
        assertThat(err()).contains("不是有效的 MongoDB 连接串").contains("is not a MongoDB connection string");

        assertThat(run("export-store", "--to", target.connectionString(), "--force")).isEqualTo(2);
        assertThat(err()).contains("未知选项 --force").contains("Unknown option --force");

        assertThat(run("export-store", "--from", target.connectionString() + "/yishi", "--to",
                       target.connectionString() + "/yishi")).isEqualTo(2);
        assertThat(err()).contains("The source and the target are the same database");

        assertThat(run("export-store", "--to", target.connectionString(), "--directory")).isEqualTo(2);
        assertThat(err()).contains("Option --directory needs a value");
    }

    @Test
    void aDirectoryWithoutAStoreOrWithTheApplicationStillOnItIsRefused() {
        assertThat(run("export-store", "--directory=" + elsewhere.resolve("nothing"), "--to",
                       target.connectionString())).isEqualTo(2);
        assertThat(err()).contains("There is no embedded store in");

        try (EmbeddedMongoServer stillRunning = EmbeddedMongoServer.start(data, "127.0.0.1", 0, false)) {
            assertThat(run("export-store", "--directory=" + data, "--to", target.connectionString())).isEqualTo(2);
            assertThat(err()).contains("应用是否仍在运行").contains("is the application still running? stop it first");
        }
        assertThat(targetClient.getDatabase("yishi").getCollection("commits").countDocuments()).isZero();
    }
}
