package org.yishi.command.api.convention;

import org.yishi.command.api.Rejection;

/** Identifies one clause of a convention. */
public record ClauseId(String value) {

    public ClauseId {
        if (value == null || value.isBlank()) {
            throw new Rejection("条款编号不能为空", "A clause id is required");
        }
    }

    /** The bare value, as pages and links carry it. */
    @Override
    public String toString() {
        return value;
    }
}
