package org.yishi.command.motion;

import org.yishi.command.api.motion.MotionId;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lot of a motion that its deadline closes, when nobody is there to draw one: the first eight bytes of the SHA-256
 * of the motion, its closing time and the final counts by option key. It is not fixed when the vote opens, since it depends on how
 * the vote went, and anyone can check it against the recorded result.
 */
final class DeadlineLot {

    private DeadlineLot() {
    }

    static long of(MotionId motion, Instant closesAt, Map<String, Integer> counts) {
        String drawn = motion.value() + "|" + closesAt + "|" + new TreeMap<>(counts);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(drawn.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("This Java has no SHA-256", missing);
        }
    }
}
