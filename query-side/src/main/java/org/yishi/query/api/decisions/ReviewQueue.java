package org.yishi.query.api.decisions;

import org.yishi.command.api.decision.DecisionSource;
import org.yishi.query.api.proposals.Person;

import java.time.Instant;
import java.util.List;

/** The party secretary's review queue (审核队列), oldest submission first. */
public record ReviewQueue(List<Entry> decisions, long position) {

    /**
     * One decision under review: the wording submitted in round {@code round} (1 for the first review), who sent it
     * and when, with their note; {@code previousComments} are the comments of the round before it (null in round 1).
     */
    public record Entry(String decisionId, String title, String text, DecisionSource source, int round,
                        Person submittedBy, Instant submittedAt, String note, String previousComments,
                        String proposalId, String sessionId, String motionId, long position) {
    }
}
