package org.yishi.command.api.proposal;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/** {@code plannedDate} and {@code note} are null when not given. */
public record ProposalAccepted(ProposalId proposalId, Destination destination, LocalDate plannedDate, String note,
                               PersonId acceptedBy, Instant at) {
}
