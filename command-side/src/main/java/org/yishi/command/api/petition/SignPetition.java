package org.yishi.command.api.petition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A verified resident adds their name to a petition. */
public record SignPetition(@TargetAggregateIdentifier PetitionId petitionId, PersonId actor, Instant at) {
}
