package org.yishi.query.api.proposals;

import java.time.Instant;
import java.util.List;

/**
 * One proposal as its page shows it, with everyone who co-signed it and every step it went through, oldest first.
 * {@code declineReason} and {@code mergedInto} are null unless it was declined or merged; {@code fromNeedId} is the
 * need it was escalated from, null for one a resident submitted.
 */
public record ProposalDetail(String proposalId, String communityId, ProposalText text, ProposalStatus status,
                             Person proposer, List<Person> coSigners, Instant submittedAt, String declineReason,
                             String mergedInto, String fromNeedId, List<HistoryEntry> history, long position) {
}
