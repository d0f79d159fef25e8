package org.yishi.command.api.petition;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * Only the person: which household and residents' group they count for, against the community's thresholds, is for
 * the query side to work out.
 */
public record PetitionSigned(PetitionId petitionId, PersonId signer, Instant at) {
}
