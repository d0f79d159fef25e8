package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The proposer restates an amendment that needs a rebase against the clause's new text. */
public record RebaseAmendment(@TargetAggregateIdentifier ConventionId conventionId, AmendmentId amendmentId,
                              String text, String rationale, PersonId actor, Instant at) {
}
