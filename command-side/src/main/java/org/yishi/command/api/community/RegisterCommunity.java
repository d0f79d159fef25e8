package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator registers a community, with its street (街道) and district (区). */
public record RegisterCommunity(@TargetAggregateIdentifier CommunityId communityId, String name, String street,
                                String district, String registeredBy) {
}
