package org.yishi.command.api.session;

import org.yishi.command.api.Rejection;

/** Identifies one item on a session's agenda. */
public record AgendaItemId(String value) {

    public AgendaItemId {
        if (value == null || value.isBlank()) {
            throw new Rejection("议程编号不能为空", "An agenda item id is required");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
