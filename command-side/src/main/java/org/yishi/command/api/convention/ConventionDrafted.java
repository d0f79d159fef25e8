package org.yishi.command.api.convention;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.decision.DecisionId;

import java.time.Instant;
import java.util.Set;

/** A convention was started; its draft of version 1 has no clauses yet. */
public record ConventionDrafted(ConventionId conventionId, CommunityId communityId, String title, String preamble,
                                Set<StakeholderGroup> stakeholderGroups, DecisionId origin, PersonId by, Instant at) {
}
