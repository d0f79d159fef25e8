package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.util.List;

/** The agenda as published, in order. */
public record AgendaPublished(SessionId sessionId, List<AgendaItemId> order, PersonId by, Instant at) {
}
