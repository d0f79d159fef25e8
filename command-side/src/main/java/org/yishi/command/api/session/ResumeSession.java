package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Resumes an adjourned session. */
public record ResumeSession(@TargetAggregateIdentifier SessionId sessionId, PersonId actor, Instant at) {
}
