package org.yishi.command.api.need;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A resident records a need of their own household, a grid worker one of a household in their groups, the committee
 * or an administrator one of any household. {@code vulnerable}: it concerns an elderly person living alone, a person
 * with a disability, a child or a family in hardship, and only staff may read it.
 */
public record RecordNeed(@TargetAggregateIdentifier NeedId needId, CommunityId communityId, HouseholdId householdId,
                         NeedCategory category, Urgency urgency, String description, boolean vulnerable,
                         PersonId actor, Instant at) {
}
