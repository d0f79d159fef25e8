package org.yishi.command.api.decision;

import org.yishi.command.api.Rejection;

/** Identifies one follow-up action of a decision. */
public record ActionId(String value) {

    public ActionId {
        if (value == null || value.isBlank()) {
            throw new Rejection("跟进事项编号不能为空", "A follow-up action id is required");
        }
    }

    /** Axon names the aggregate by its identifier's text, so this is the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
