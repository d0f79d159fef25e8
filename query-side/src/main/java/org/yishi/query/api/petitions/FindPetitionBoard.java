package org.yishi.query.api.petitions;

/** Asks for one petition's live count against its community's thresholds; an empty Optional if unknown. */
public record FindPetitionBoard(String petitionId) {
}
