package org.yishi.command.api.proposal;

import org.yishi.command.api.Rejection;

/** Identifies a proposal (议题). */
public record ProposalId(String value) {

    public ProposalId {
        if (value == null || value.isBlank()) {
            throw new Rejection("议题编号不能为空", "A proposal id is required");
        }
    }

    /** Axon names the aggregate by its identifier's text, so this is the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
