package org.yishi.command.api.proposal;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Text as stored: trimmed, and {@code location} null when none was given. */
public record ProposalSubmitted(ProposalId proposalId, CommunityId communityId, String title, String description,
                                Category category, String location, PersonId proposer, Instant at) {
}
