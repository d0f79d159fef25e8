package org.yishi.query.reviewqueue;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionStatus;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.query.api.decisions.CommitteeQueue;
import org.yishi.query.api.decisions.FindCommitteeQueue;
import org.yishi.query.api.decisions.FindReviewQueue;
import org.yishi.query.api.decisions.ReviewQueue;
import org.yishi.query.api.proposals.Person;
import org.yishi.query.personnames.PersonNames;
import org.yishi.query.views.PositionedDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/**
 * Where each decision waits: with the party secretary (under review, with the round and the wording submitted) or
 * with the committee (a draft, a return with its comments, an approval to publish). One document per decision; an
 * event it already reflects is skipped, so a replay changes nothing. A published decision leaves both queues.
 */
@ProcessingGroup(ReviewQueueProjection.GROUP)
public class ReviewQueueProjection {

    public static final String GROUP = "review-queue";

    private static final Map<DecisionStatus, Integer> COMMITTEE_ORDER = Map.of(
            DecisionStatus.RETURNED, 0, DecisionStatus.DRAFT, 1, DecisionStatus.APPROVED, 2);

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;
    private final PersonNames names;

    public ReviewQueueProjection(MongoDatabase database) {
        this.view = database.getCollection("view_review_queue");
        this.positioned = new PositionedDocuments(view);
        this.names = new PersonNames(database, "view_review_queue_names");
    }

    @EventHandler
    void on(MemberRegistered event) {
        names.remember(event);
    }

    @EventHandler
    void on(DecisionRecorded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document decision = new Document("_id", event.decisionId().value())
                .append("communityId", event.communityId().value())
                .append("title", event.title())
                .append("text", event.text())
                .append("source", event.source().name())
                .append("proposalId", event.proposalId() == null ? null : event.proposalId().value())
                .append("sessionId", event.sessionId() == null ? null : event.sessionId().value())
                .append("motionId", event.motionId() == null ? null : event.motionId().value())
                .append("status", DecisionStatus.DRAFT.name())
                .append("since", date(event.at()))
                .append("round", 0)
                .append("submittedBy", null)
                .append("submittedAt", null)
                .append("note", null)
                .append("comments", null)
                .append("returnedBy", null)
                .append("returnedAt", null)
                .append("position", position);
        positioned.create(decision);
    }

    /** A revision changes the wording the committee works on; a returned decision stays returned until resubmitted. */
    @EventHandler
    void on(DecisionRevised event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position,
                          decision -> decision.append("title", event.title()).append("text", event.text()));
    }

    @EventHandler
    void on(DecisionSubmittedForReview event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> decision
                .append("status", DecisionStatus.UNDER_REVIEW.name()).append("since", date(event.at()))
                .append("round", event.round()).append("title", event.title()).append("text", event.text())
                .append("submittedBy", event.by().value()).append("submittedAt", date(event.at()))
                .append("note", event.note()));
    }

    @EventHandler
    void on(DecisionReturned event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> decision
                .append("status", DecisionStatus.RETURNED.name()).append("since", date(event.at()))
                .append("comments", event.comments()).append("returnedBy", event.by().value())
                .append("returnedAt", date(event.at())));
    }

    @EventHandler
    void on(DecisionApproved event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> decision
                .append("status", DecisionStatus.APPROVED.name()).append("since", date(event.at())));
    }

    @EventHandler
    void on(DecisionPublished event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> decision
                .append("status", DecisionStatus.PUBLISHED.name()).append("since", date(event.at())));
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
        names.forget();
    }

    @QueryHandler
    ReviewQueue handle(FindReviewQueue query) {
        List<Document> waiting = decisions(query.communityId(), List.of(DecisionStatus.UNDER_REVIEW));
        waiting.sort(Comparator.comparing(decision -> decision.getDate("submittedAt")));
        CommunityId community = new CommunityId(query.communityId());
        return new ReviewQueue(waiting.stream().map(decision -> new ReviewQueue.Entry(
                decision.getString("_id"), decision.getString("title"), decision.getString("text"),
                DecisionSource.valueOf(decision.getString("source")), decision.getInteger("round"),
                person(community, decision.getString("submittedBy")), instant(decision, "submittedAt"),
                decision.getString("note"), decision.getInteger("round") > 1 ? decision.getString("comments") : null,
                decision.getString("proposalId"), decision.getString("sessionId"), decision.getString("motionId"),
                position(decision))).toList(), newest(query.communityId()));
    }

    @QueryHandler
    CommitteeQueue handle(FindCommitteeQueue query) {
        List<Document> waiting = decisions(query.communityId(), List.copyOf(COMMITTEE_ORDER.keySet()));
        waiting.sort(Comparator.comparing((Document decision) -> COMMITTEE_ORDER.get(status(decision)))
                               .thenComparing(decision -> decision.getDate("since")));
        CommunityId community = new CommunityId(query.communityId());
        return new CommitteeQueue(waiting.stream().map(decision -> {
            boolean returned = status(decision) == DecisionStatus.RETURNED;
            return new CommitteeQueue.Entry(decision.getString("_id"), decision.getString("title"), status(decision),
                                            decision.getInteger("round"),
                                            returned ? decision.getString("comments") : null,
                                            returned ? person(community, decision.getString("returnedBy")) : null,
                                            returned ? instant(decision, "returnedAt") : null,
                                            instant(decision, "since"), position(decision));
        }).toList(), newest(query.communityId()));
    }

    private List<Document> decisions(String communityId, List<DecisionStatus> statuses) {
        List<String> wanted = statuses.stream().map(Enum::name).toList();
        List<Document> found = new ArrayList<>();
        for (Document decision : view.find(eq("communityId", communityId))) {
            if (wanted.contains(decision.getString("status"))) {
                found.add(decision);
            }
        }
        return found;
    }

    private long newest(String communityId) {
        long newest = -1;
        for (Document decision : view.find(eq("communityId", communityId))) {
            newest = Math.max(newest, position(decision));
        }
        return newest;
    }

    private Person person(CommunityId community, String personId) {
        return personId == null ? null : new Person(personId, names.nameOf(community, new PersonId(personId)));
    }

    private static DecisionStatus status(Document decision) {
        return DecisionStatus.valueOf(decision.getString("status"));
    }

    private static long position(Document document) {
        return document.get("position", Number.class).longValue();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
