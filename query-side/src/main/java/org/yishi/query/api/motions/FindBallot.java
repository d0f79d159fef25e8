package org.yishi.query.api.motions;

/**
 * Asks for one motion as one person's phone shows it, with whether they may vote and whether they have; an empty
 * Optional if the motion is unknown. {@code personId} may be null (someone not signed in): then not on the roll.
 */
public record FindBallot(String motionId, String personId) {
}
