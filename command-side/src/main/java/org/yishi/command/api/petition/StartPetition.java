package org.yishi.command.api.petition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A verified resident asks for a residents' meeting to be convened, saying what it is for. */
public record StartPetition(@TargetAggregateIdentifier PetitionId petitionId, CommunityId communityId,
                            String purpose, PersonId actor, Instant at) {
}
