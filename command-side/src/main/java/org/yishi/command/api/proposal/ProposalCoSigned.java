package org.yishi.command.api.proposal;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

public record ProposalCoSigned(ProposalId proposalId, PersonId signer, Instant at) {
}
