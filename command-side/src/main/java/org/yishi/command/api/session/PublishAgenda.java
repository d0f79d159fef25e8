package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Makes the agenda visible to the community's residents before the session. */
public record PublishAgenda(@TargetAggregateIdentifier SessionId sessionId, PersonId actor, Instant at) {
}
