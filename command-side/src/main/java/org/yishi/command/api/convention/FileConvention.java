package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/** A committee member records the filing (备案) of a published version with the street office. */
public record FileConvention(@TargetAggregateIdentifier ConventionId conventionId, int version, LocalDate filedOn,
                             String office, String reference, PersonId actor, Instant at) {
}
