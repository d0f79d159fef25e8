package org.yishi.query.api.petitions;

import java.time.Instant;
import java.util.List;

/**
 * A petition to convene a residents' meeting, counted live: the meeting must be convened once any one of the three
 * tallies is reached ({@code reached}). {@code signers} are the names of everyone who signed and has not withdrawn;
 * only verified residents count towards the tallies.
 */
public record PetitionBoard(String petitionId, String communityId, String purpose, String startedByName,
                            Instant startedAt, List<String> signers, Tally adultResidents, Tally households,
                            Tally residentsGroups, boolean reached, long position) {
}
