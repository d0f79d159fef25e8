package org.yishi.command.motion;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import javax.crypto.SecretKey;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The ballot keys on the embedded store, through the real driver. */
class MongoBallotKeysTest {

    private static final MotionId MOTION = new MotionId("parking-vote-1");

    @TempDir
    Path directory;
    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private MongoBallotKeys keys;

    @BeforeEach
    void store() {
        server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("yishi");
        keys = new MongoBallotKeys(database);
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void aMotionsKeyIsTwoHundredFiftySixBitsOfAes() {
        keys.create(MOTION);

        SecretKey key = keys.find(MOTION).orElseThrow();
        assertThat(key.getAlgorithm()).isEqualTo("AES");
        assertThat(key.getEncoded()).hasSize(32);
    }

    @Test
    void aKeyIsNeverReplaced() {
        keys.create(MOTION);
        byte[] first = keys.find(MOTION).orElseThrow().getEncoded();

        keys.create(MOTION);

        assertThat(keys.find(MOTION).orElseThrow().getEncoded()).isEqualTo(first);
        assertThat(database.getCollection("ballot_keys").countDocuments()).isEqualTo(1);
    }

    @Test
    void eachMotionHasItsOwnKey() {
        keys.create(MOTION);
        keys.create(new MotionId("parking-vote-2"));

        assertThat(keys.find(MOTION).orElseThrow().getEncoded())
                .isNotEqualTo(keys.find(new MotionId("parking-vote-2")).orElseThrow().getEncoded());
    }

    @Test
    void anErasedKeyIsGoneFromTheStore() {
        keys.create(MOTION);

        keys.erase(MOTION);

        assertThat(keys.find(MOTION)).isEmpty();
        assertThat(database.getCollection("ballot_keys").find(new Document("_id", MOTION.value())).first()).isNull();
    }

    @Test
    void theCloseOfAMotionErasesItsKeyAndRepeatingItIsHarmless() {
        keys.create(MOTION);
        BallotKeyEraser eraser = new BallotKeyEraser(keys);
        MotionClosed closed = new MotionClosed(MOTION, null, null, null, null, null, null, null, null);

        eraser.on(closed);
        eraser.on(closed);

        assertThat(keys.find(MOTION)).isEmpty();
    }

    @Test
    void aSealMadeWithTheStoredKeyOpensWithItUntilItIsErased() {
        keys.create(MOTION);
        AesGcmBallotSeal seal = new AesGcmBallotSeal(keys);

        var sealed = seal.seal(MOTION, new BallotContent("NO", null));

        assertThat(new AesGcmBallotSeal(new MongoBallotKeys(database)).open(MOTION, sealed))
                .isEqualTo(new BallotContent("NO", null));
    }
}
