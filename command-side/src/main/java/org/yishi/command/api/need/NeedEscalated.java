package org.yishi.command.api.need;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalId;

import java.time.Instant;

/** Carries the proposal's checked wording, from which the need-escalation policy submits it. */
public record NeedEscalated(NeedId needId, CommunityId communityId, ProposalId proposalId, String title,
                            String description, Category category, PersonId by, Instant at) {
}
