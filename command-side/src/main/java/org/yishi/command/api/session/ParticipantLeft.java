package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** {@code present} and {@code required} are the count after leaving. */
public record ParticipantLeft(SessionId sessionId, PersonId participant, int present, int required, PersonId by,
                              Instant at) {
}
