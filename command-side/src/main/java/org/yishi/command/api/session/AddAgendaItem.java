package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.ProposalId;

import java.time.Instant;

/**
 * Adds an item at the end of the agenda: from a proposal accepted onto a deliberation day ({@code proposalId} set,
 * {@code title} may be null to take the proposal's), or ad hoc ({@code proposalId} null). {@code speakingSeconds} 0
 * takes the session's default.
 */
public record AddAgendaItem(@TargetAggregateIdentifier SessionId sessionId, AgendaItemId itemId, ProposalId proposalId,
                            String title, int plannedMinutes, int speakingSeconds, PersonId actor, Instant at) {
}
