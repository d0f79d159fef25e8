package org.yishi.command.api.proposal;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Carries the committee's reason, because the proposer is entitled to read it. */
public record ProposalDeclined(ProposalId proposalId, String reason, PersonId declinedBy, Instant at) {
}
