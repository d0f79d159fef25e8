package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/** Version {@code version} was filed (备案) with {@code office} on {@code filedOn} under {@code reference}. */
public record ConventionFiled(ConventionId conventionId, int version, LocalDate filedOn, String office,
                              String reference, PersonId by, Instant at) {
}
