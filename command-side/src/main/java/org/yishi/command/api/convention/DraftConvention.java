package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.decision.DecisionId;

import java.time.Instant;
import java.util.Set;

/**
 * A committee member starts a convention (居民公约) with its title and preamble. {@code stakeholderGroups}: the
 * stakeholder groups who vote on its adoption beside the residents (a square convention: merchants); {@code origin}:
 * the decision that called for it, or null.
 */
public record DraftConvention(@TargetAggregateIdentifier ConventionId conventionId, CommunityId communityId,
                              String title, String preamble, Set<StakeholderGroup> stakeholderGroups, DecisionId origin,
                              PersonId actor, Instant at) {
}
