package org.yishi.query.api.decisions;

import org.yishi.command.api.decision.DecisionStatus;
import org.yishi.query.api.proposals.Person;

import java.time.Instant;
import java.util.List;

/** The answer to {@link FindCommitteeQueue}. */
public record CommitteeQueue(List<Entry> decisions, long position) {

    /**
     * One decision the committee must act on. For a returned one, {@code round} is the round returned, and {@code
     * comments}, {@code returnedBy} and {@code returnedAt} say by whom and why; they are null otherwise. {@code
     * since}: when it reached its current status.
     */
    public record Entry(String decisionId, String title, DecisionStatus status, int round, String comments,
                        Person returnedBy, Instant returnedAt, Instant since, long position) {
    }
}
