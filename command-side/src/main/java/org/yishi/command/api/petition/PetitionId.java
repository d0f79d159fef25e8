package org.yishi.command.api.petition;

import org.yishi.command.api.Rejection;

/** Identifies a petition to convene a residents' meeting (居民会议). */
public record PetitionId(String value) {

    public PetitionId {
        if (value == null || value.isBlank()) {
            throw new Rejection("联名请求编号不能为空", "A petition id is required");
        }
    }

    /** Axon names the aggregate by its identifier's text, so this is the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
