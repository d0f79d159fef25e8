package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator adds a residents' group (居民小组). */
public record AddResidentsGroup(@TargetAggregateIdentifier CommunityId communityId, GroupId groupId, String name,
                                PersonId actor) {
}
