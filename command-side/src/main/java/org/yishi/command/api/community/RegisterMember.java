package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator registers a person as a member, in a household or (a stakeholder, say) in none. */
public record RegisterMember(@TargetAggregateIdentifier CommunityId communityId, PersonId personId,
                             String displayName, HouseholdId householdId, PersonId actor) {
}
