package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.util.List;

/** The whole agenda in its new order. */
public record AgendaReordered(SessionId sessionId, List<AgendaItemId> order, PersonId by, Instant at) {
}
