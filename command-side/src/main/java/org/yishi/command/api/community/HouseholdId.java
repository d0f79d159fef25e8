package org.yishi.command.api.community;

import org.yishi.command.api.Rejection;

/** Identifies a household (户) within its community. */
public record HouseholdId(String value) {

    public HouseholdId {
        if (value == null || value.isBlank()) {
            throw new Rejection("户编号不能为空", "A household id is required");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
