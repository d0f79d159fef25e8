package org.yishi.query.decisionpage;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.yishi.query.api.decisions.DecisionPage;
import org.yishi.query.api.minutes.FindMinutes;
import org.yishi.query.api.minutes.Minutes;
import org.yishi.query.api.motions.FindTally;
import org.yishi.query.api.motions.MotionTally;
import org.yishi.query.api.proposals.FindProposal;
import org.yishi.query.api.proposals.ProposalDetail;

import java.util.Optional;

/**
 * Where a decision came from, asked of the screens that already hold it (the proposal's page, the session's minutes,
 * the motion's count) through the query bus, so that each keeps its own projection and the decision page shows them
 * as current as they are.
 */
public final class Provenances {

    private final QueryGateway queries;

    public Provenances(QueryGateway queries) {
        this.queries = queries;
    }

    DecisionPage.Provenance of(String proposalId, String sessionId, String itemId, String motionId) {
        ProposalDetail proposal = proposalId == null ? null
                                  : ask(new FindProposal(proposalId), ProposalDetail.class).orElse(null);
        DecisionPage.SessionItem session = sessionId == null ? null
                                           : ask(new FindMinutes(sessionId), Minutes.class)
                                                   .map(minutes -> item(minutes, itemId)).orElse(null);
        MotionTally motion = motionId == null ? null : ask(new FindTally(motionId), MotionTally.class).orElse(null);
        return new DecisionPage.Provenance(proposal, session, motion);
    }

    private static DecisionPage.SessionItem item(Minutes minutes, String itemId) {
        Minutes.MinutesItem item = minutes.items().stream().filter(candidate -> candidate.itemId().equals(itemId))
                                          .findFirst().orElse(null);
        return new DecisionPage.SessionItem(minutes.sessionId(), minutes.title(), minutes.kind(), minutes.startsAt(),
                                            minutes.openedAt(), minutes.closedAt(), minutes.ruleSetDescription(), item,
                                            minutes.position());
    }

    private <Q, R> Optional<R> ask(Q query, Class<R> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }
}
