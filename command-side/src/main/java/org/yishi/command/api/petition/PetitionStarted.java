package org.yishi.command.api.petition;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Followed at once by the starter's own {@link PetitionSigned}: signatures are counted from those events alone. */
public record PetitionStarted(PetitionId petitionId, CommunityId communityId, String purpose, PersonId startedBy,
                              Instant at) {
}
