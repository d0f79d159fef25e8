package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator takes a role away from a member; revoking a household representative leaves the household without
 * one.
 */
public record RevokeRole(@TargetAggregateIdentifier CommunityId communityId, PersonId personId, Role role,
                         PersonId actor) {
}
