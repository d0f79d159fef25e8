package org.yishi.command.api.community;

import org.yishi.command.api.Rejection;

/** Identifies a residents' group (居民小组) within its community. */
public record GroupId(String value) {

    public GroupId {
        if (value == null || value.isBlank()) {
            throw new Rejection("居民小组编号不能为空", "A residents' group id is required");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
