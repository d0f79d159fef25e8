package org.yishi.query.api.petitions;

import java.time.Instant;
import java.util.List;

/** A community's petitions; {@code signatures} counts every current signer, before any threshold rule. */
public record PetitionList(List<Entry> petitions, long position) {

    public record Entry(String petitionId, String purpose, String startedByName, int signatures, Instant startedAt) {
    }
}
