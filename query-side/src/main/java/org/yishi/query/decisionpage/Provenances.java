package org.yishi.query.decisionpage;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.yishi.command.api.community.PersonId;
import org.yishi.query.api.decisions.DecisionPage;
import org.yishi.query.api.minutes.FindMinutes;
import org.yishi.query.api.minutes.Minutes;
import org.yishi.query.api.motions.FindTally;
import org.yishi.query.api.motions.MotionTally;
import org.yishi.query.api.proposals.FindProposal;
import org.yishi.query.api.proposals.Person;
import org.yishi.query.api.proposals.ProposalDetail;
import org.yishi.query.views.StoredStream;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a decision came from, asked of the screens that already hold it (the proposal's page, the session's minutes,
 * the motion's count) through the query bus, so that each keeps its own projection and the decision page shows them
 * as current as they are; and its timeline, folded from the stored events of the decision and its sources each time
 * it is asked for (a few aggregate reads by key), never stored.
 */
public final class Provenances {

    private final QueryGateway queries;
    private final EventStore events;

    public Provenances(QueryGateway queries, EventStore events) {
        this.queries = queries;
        this.events = events;
    }

    DecisionPage.Provenance of(DecisionPage.Links links, String decisionId, Function<PersonId, Person> people) {
        String proposalId = links.proposalId();
        String sessionId = links.sessionId();
        String motionId = links.motionId();
        ProposalDetail proposal = proposalId == null ? null
                                  : ask(new FindProposal(proposalId), ProposalDetail.class).orElse(null);
        DecisionPage.SessionItem session = sessionId == null ? null
                                           : ask(new FindMinutes(sessionId), Minutes.class)
                                                   .map(minutes -> item(minutes, links.itemId())).orElse(null);
        MotionTally motion = motionId == null ? null : ask(new FindTally(motionId), MotionTally.class).orElse(null);
        ProvenanceTimeline.Sources sources = new ProvenanceTimeline.Sources(
                stream(decisionId), stream(proposalId), stream(sessionId), links.itemId(), stream(motionId));
        return new DecisionPage.Provenance(proposal, session, motion, ProvenanceTimeline.of(sources, people));
    }

    private List<StoredStream.Stamped> stream(String aggregateId) {
        return aggregateId == null ? List.of() : StoredStream.of(events, aggregateId);
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
