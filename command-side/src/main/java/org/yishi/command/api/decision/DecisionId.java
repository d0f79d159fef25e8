package org.yishi.command.api.decision;

import org.yishi.command.api.Rejection;

/** Identifies one decision (决议). */
public record DecisionId(String value) {

    public DecisionId {
        if (value == null || value.isBlank()) {
            throw new Rejection("决议编号不能为空", "A decision id is required");
        }
    }

    /** Axon names the aggregate by its identifier's text, so this is the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
