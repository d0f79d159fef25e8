package org.yishi.command.api.petition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A signer takes their name off a petition. */
public record WithdrawSignature(@TargetAggregateIdentifier PetitionId petitionId, PersonId actor, Instant at) {
}
