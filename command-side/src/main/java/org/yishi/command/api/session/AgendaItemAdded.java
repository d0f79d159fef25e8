package org.yishi.command.api.session;

import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.ProposalId;

import java.time.Instant;

/** {@code proposalId} is null for an item added ad hoc. */
public record AgendaItemAdded(SessionId sessionId, AgendaItemId itemId, ProposalId proposalId, String title,
                              int plannedMinutes, int speakingSeconds, PersonId addedBy, Instant at) {
}
