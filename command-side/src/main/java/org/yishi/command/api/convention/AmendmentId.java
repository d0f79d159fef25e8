package org.yishi.command.api.convention;

import org.yishi.command.api.Rejection;

/** Identifies one amendment to a convention. */
public record AmendmentId(String value) {

    public AmendmentId {
        if (value == null || value.isBlank()) {
            throw new Rejection("修正案编号不能为空", "An amendment id is required");
        }
    }

    /** The bare value, as pages and links carry it. */
    @Override
    public String toString() {
        return value;
    }
}
