package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Takes an item that has not started off the agenda. */
public record RemoveAgendaItem(@TargetAggregateIdentifier SessionId sessionId, AgendaItemId itemId, PersonId actor,
                               Instant at) {
}
