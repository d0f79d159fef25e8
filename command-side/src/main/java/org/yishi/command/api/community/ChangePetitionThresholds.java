package org.yishi.command.api.community;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator sets the shares at which a petition obliges the committee to convene a residents' meeting. */
public record ChangePetitionThresholds(@TargetAggregateIdentifier CommunityId communityId,
                                       PetitionThresholds thresholds, PersonId actor) {
}
