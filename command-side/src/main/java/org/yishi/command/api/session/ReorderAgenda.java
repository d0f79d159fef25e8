package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.util.List;

/** {@code order} lists every item on the agenda exactly once, in the new order. */
public record ReorderAgenda(@TargetAggregateIdentifier SessionId sessionId, List<AgendaItemId> order, PersonId actor,
                            Instant at) {
}
