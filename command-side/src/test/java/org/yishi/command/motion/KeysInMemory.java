package org.yishi.command.motion;

import org.yishi.command.api.motion.MotionId;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Ballot keys in memory, for tests that check when a key is made and erased. */
final class KeysInMemory implements BallotKeys {

    private final Map<MotionId, SecretKey> keys = new ConcurrentHashMap<>();
    private int created;

    @Override
    public void create(MotionId motion) {
        keys.computeIfAbsent(motion, id -> {
            created++;
            return new SecretKeySpec(new byte[32], "AES");
        });
    }

    @Override
    public Optional<SecretKey> find(MotionId motion) {
        return Optional.ofNullable(keys.get(motion));
    }

    @Override
    public void erase(MotionId motion) {
        keys.remove(motion);
    }

    int created() {
        return created;
    }
}
