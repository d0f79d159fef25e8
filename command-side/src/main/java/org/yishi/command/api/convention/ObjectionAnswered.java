package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The committee answered an objection. */
public record ObjectionAnswered(ConventionId conventionId, ObjectionId objectionId, String answer, PersonId by,
                                Instant at) {
}
