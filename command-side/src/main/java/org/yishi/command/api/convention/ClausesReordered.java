package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.util.List;

/** The clauses now stand in {@code order}. */
public record ClausesReordered(ConventionId conventionId, List<ClauseId> order, String reason, PersonId by,
                               Instant at) {
}
