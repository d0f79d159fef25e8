package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator designates the verified member of a household who votes for it (户代表). */
public record DesignateHouseholdRepresentative(@TargetAggregateIdentifier CommunityId communityId,
                                               HouseholdId householdId, PersonId personId, PersonId actor) {
}
