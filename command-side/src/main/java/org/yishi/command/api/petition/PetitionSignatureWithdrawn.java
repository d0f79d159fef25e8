package org.yishi.command.api.petition;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

public record PetitionSignatureWithdrawn(PetitionId petitionId, PersonId signer, Instant at) {
}
