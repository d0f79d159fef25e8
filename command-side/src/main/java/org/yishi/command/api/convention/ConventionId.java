package org.yishi.command.api.convention;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.motion.MotionId;

import java.util.Optional;

/** Identifies one convention (居民公约). */
public record ConventionId(String value) {

    public ConventionId {
        if (value == null || value.isBlank()) {
            throw new Rejection("公约编号不能为空", "A convention id is required");
        }
    }

    private static final String MOTION_PREFIX = "convention-";

    /**
     * The motion of this convention's {@code attempt}-th vote (1, 2, ...): derived from the convention, so the policy
     * that follows motions knows whose vote closed without a lookup.
     */
    public MotionId motion(int attempt) {
        return new MotionId(MOTION_PREFIX + attempt + "-" + value);
    }

    /** The convention whose vote {@code motion} is, if it is one. */
    public static Optional<ConventionId> ofMotion(MotionId motion) {
        String id = motion.value();
        if (!id.startsWith(MOTION_PREFIX)) {
            return Optional.empty();
        }
        int dash = id.indexOf('-', MOTION_PREFIX.length());
        if (dash < 0 || dash == MOTION_PREFIX.length() || dash == id.length() - 1) {
            return Optional.empty();
        }
        for (int i = MOTION_PREFIX.length(); i < dash; i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new ConventionId(id.substring(dash + 1)));
    }

    /** Axon names the aggregate by its identifier's text, so this is the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
