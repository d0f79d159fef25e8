package org.yishi.command.api.community;

import org.yishi.command.api.Rejection;

/** Identifies a community (社区). */
public record CommunityId(String value) {

    public CommunityId {
        if (value == null || value.isBlank()) {
            throw new Rejection("社区编号不能为空", "A community id is required");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
