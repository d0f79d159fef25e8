package org.yishi.command.api.convention;

import org.yishi.command.api.Rejection;

/** Identifies one objection lodged during public notice. */
public record ObjectionId(String value) {

    public ObjectionId {
        if (value == null || value.isBlank()) {
            throw new Rejection("异议编号不能为空", "An objection id is required");
        }
    }

    /** The bare value, as pages and links carry it. */
    @Override
    public String toString() {
        return value;
    }
}
