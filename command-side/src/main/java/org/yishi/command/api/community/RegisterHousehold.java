package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator registers a household (户) at an address, in a residents' group; {@code unit} may be empty. */
public record RegisterHousehold(@TargetAggregateIdentifier CommunityId communityId, HouseholdId householdId,
                                GroupId groupId, String building, String unit, String room, PersonId actor) {
}
