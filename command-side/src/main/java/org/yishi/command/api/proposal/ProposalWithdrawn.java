package org.yishi.command.api.proposal;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** {@code reason} is null when the proposer gave none. */
public record ProposalWithdrawn(ProposalId proposalId, String reason, PersonId withdrawnBy, Instant at) {
}
