package org.yishi.command.api.session;

import org.yishi.command.api.Rejection;

/** Identifies one session: a deliberation day, a residents' meeting or a representatives' meeting. */
public record SessionId(String value) {

    public SessionId {
        if (value == null || value.isBlank()) {
            throw new Rejection("会议编号不能为空", "A session id is required");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
