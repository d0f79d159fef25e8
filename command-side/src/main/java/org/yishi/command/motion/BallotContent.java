package org.yishi.command.motion;

/** What a ballot says: the option key, and the reason given with an objection (null otherwise). */
public record BallotContent(String option, String reason) {
}
