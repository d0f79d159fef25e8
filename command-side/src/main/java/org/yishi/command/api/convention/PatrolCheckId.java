package org.yishi.command.api.convention;

import org.yishi.command.api.Rejection;

/** Identifies one patrol check. */
public record PatrolCheckId(String value) {

    public PatrolCheckId {
        if (value == null || value.isBlank()) {
            throw new Rejection("巡查记录编号不能为空", "A patrol check id is required");
        }
    }

    /** The bare value, as pages and links carry it. */
    @Override
    public String toString() {
        return value;
    }
}
