package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The person who registered the community appoints its first administrator, who becomes a member; while the
 * community has no administrator nobody else can manage it.
 */
public record AppointAdministrator(@TargetAggregateIdentifier CommunityId communityId, PersonId personId,
                                   String displayName, PersonId actor) {
}
