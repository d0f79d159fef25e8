package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator confirms that a member really lives in the community; only then does a resident role count. */
public record VerifyResident(@TargetAggregateIdentifier CommunityId communityId, PersonId personId,
                             PersonId actor) {
}
