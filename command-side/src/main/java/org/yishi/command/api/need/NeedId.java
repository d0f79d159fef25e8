package org.yishi.command.api.need;

import org.yishi.command.api.Rejection;

/** Identifies a need (需求) on a community's needs list. */
public record NeedId(String value) {

    public NeedId {
        if (value == null || value.isBlank()) {
            throw new Rejection("需求编号不能为空", "A need id is required");
        }
    }

    /** Axon names the aggregate by its identifier's text, so this is the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
