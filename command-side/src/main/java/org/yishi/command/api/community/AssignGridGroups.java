package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * An administrator sets the residents' groups a grid worker (网格员) covers, replacing those they covered before; the
 * person must hold the grid worker role already, granted by {@link GrantRole}.
 */
public record AssignGridGroups(@TargetAggregateIdentifier CommunityId communityId, PersonId personId,
                               Set<GroupId> groups, PersonId actor) {
}
