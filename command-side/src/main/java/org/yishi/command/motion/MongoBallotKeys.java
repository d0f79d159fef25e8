package org.yishi.command.motion;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;
import org.yishi.command.api.motion.MotionId;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The keys in the {@code ballot_keys} collection, one document per motion: {@code {_id: motion id, key: 32 bytes}}.
 * Only {@code insertOne}, a find by {@code _id} and {@code deleteOne}, which the embedded store serves from its index
 * and MongoDB by its primary key.
 */
@Component
class MongoBallotKeys implements BallotKeys {

    static final String COLLECTION = "ballot_keys";
    private static final String ALGORITHM = "AES";
    private static final int KEY_BITS = 256;

    private final MongoCollection<Document> keys;

    MongoBallotKeys(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    @Override
    public void create(MotionId motion) {
        try {
            keys.insertOne(new Document("_id", motion.value()).append("key", new Binary(newKey().getEncoded())));
        } catch (MongoWriteException exists) {
            if (exists.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw exists;
            }
        }
    }

    @Override
    public Optional<SecretKey> find(MotionId motion) {
        return Optional.ofNullable(keys.find(Filters.eq("_id", motion.value())).first())
                       .map(found -> new SecretKeySpec(found.get("key", Binary.class).getData(), ALGORITHM));
    }

    @Override
    public void erase(MotionId motion) {
        keys.deleteOne(Filters.eq("_id", motion.value()));
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM);
            generator.init(KEY_BITS);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("This Java has no AES", missing);
        }
    }
}
