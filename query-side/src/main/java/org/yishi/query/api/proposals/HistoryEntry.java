package org.yishi.query.api.proposals;

import org.yishi.command.api.proposal.Destination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of a proposal's history. Only the fields that belong to the step are set, the others are null: an edit
 * keeps {@code before} and {@code after}; a decline or withdrawal its {@code reason}; an acceptance its
 * {@code destination}, {@code plannedDate} and {@code note}; a merge the {@code otherProposalId} and the
 * {@code people} whose support moved.
 */
public record HistoryEntry(Step step, Person by, Instant at, long position, ProposalText before, ProposalText after,
                           String reason, Destination destination, LocalDate plannedDate, String note,
                           String otherProposalId, List<Person> people) {
}
