package org.yishi.query.api.petitions;

/** Asks for a community's petitions, newest first. */
public record FindPetitions(String communityId) {
}
