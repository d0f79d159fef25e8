package org.yishi.command.api.motion;

import org.yishi.command.api.Rejection;

/** Identifies one motion (表决): a vote in a session or a standalone online vote. */
public record MotionId(String value) {

    public MotionId {
        if (value == null || value.isBlank()) {
            throw new Rejection("表决编号不能为空", "A motion id is required");
        }
    }

    /** Axon names the aggregate by its identifier's text, so this is the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
