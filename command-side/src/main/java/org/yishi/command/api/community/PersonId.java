package org.yishi.command.api.community;

import org.yishi.command.api.Rejection;

/** Identifies a person; one person can belong to several communities, with different roles in each. */
public record PersonId(String value) {

    public PersonId {
        if (value == null || value.isBlank()) {
            throw new Rejection("人员编号不能为空", "A person id is required");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
