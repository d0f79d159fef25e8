package org.yishi.query.decisionpage;

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
import org.yishi.command.api.decision.ActionCompleted;
import org.yishi.command.api.decision.ActionId;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionStatus;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.ImplementationRated;
import org.yishi.command.api.decision.ProgressReported;
import org.yishi.command.api.decision.SupervisionCheckRecorded;
import org.yishi.query.api.decisions.DecisionPage;
import org.yishi.query.api.decisions.FindDecision;
import org.yishi.query.api.decisions.ReviewVerdict;
import org.yishi.query.personnames.PersonNames;
import org.yishi.query.views.PositionedDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;

/**
 * A decision's page: one document per decision with its wording, status, every review round and revision, its
 * publication, follow-up actions and ratings, each entry with its event's global position. An event the document
 * already reflects is skipped, so a replay adds nothing twice. The provenance (proposal, session item, motion) is not
 * copied here: it is read, when asked, from the screens that already hold it.
 */
@ProcessingGroup(DecisionPageProjection.GROUP)
public class DecisionPageProjection {

    public static final String GROUP = "decision-page";

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;
    private final PersonNames names;
    private final Provenances provenances;

    public DecisionPageProjection(MongoDatabase database, Provenances provenances) {
        this.view = database.getCollection("view_decision_page");
        this.positioned = new PositionedDocuments(view);
        this.names = new PersonNames(database, "view_decision_page_names");
        this.provenances = provenances;
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
                .append("status", DecisionStatus.DRAFT.name())
                .append("visibility", null)
                .append("source", event.source().name())
                .append("proposalId", event.proposalId() == null ? null : event.proposalId().value())
                .append("sessionId", event.sessionId() == null ? null : event.sessionId().value())
                .append("itemId", event.itemId() == null ? null : event.itemId().value())
                .append("motionId", event.motionId() == null ? null : event.motionId().value())
                .append("recordedBy", id(event.recordedBy()))
                .append("recordedAt", date(event.at()))
                .append("rounds", new ArrayList<>())
                .append("revisions", new ArrayList<>())
                .append("publication", null)
                .append("actions", new ArrayList<>())
                .append("ratings", new ArrayList<>())
                .append("position", position);
        positioned.create(decision);
    }

    @EventHandler
    void on(DecisionRevised event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> {
            decision.append("title", event.title()).append("text", event.text());
            decision.getList("revisions", Document.class).add(
                    new Document("round", event.round()).append("title", event.title()).append("text", event.text())
                                                        .append("reason", event.reason()).append("by", id(event.by()))
                                                        .append("at", date(event.at())).append("position", position));
        });
    }

    @EventHandler
    void on(DecisionSubmittedForReview event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> {
            decision.append("title", event.title()).append("text", event.text())
                    .append("status", DecisionStatus.UNDER_REVIEW.name());
            decision.getList("rounds", Document.class).add(
                    new Document("round", event.round()).append("title", event.title()).append("text", event.text())
                                                        .append("note", event.note())
                                                        .append("submittedBy", id(event.by()))
                                                        .append("submittedAt", date(event.at()))
                                                        .append("submittedPosition", position)
                                                        .append("verdict", null).append("comments", null)
                                                        .append("reviewer", null).append("decidedAt", null)
                                                        .append("decidedPosition", null));
        });
    }

    @EventHandler
    void on(DecisionApproved event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        verdict(event.decisionId().value(), event.round(), ReviewVerdict.APPROVED, DecisionStatus.APPROVED,
                event.comment(), event.by(), event.at(), position);
    }

    @EventHandler
    void on(DecisionReturned event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        verdict(event.decisionId().value(), event.round(), ReviewVerdict.RETURNED, DecisionStatus.RETURNED,
                event.comments(), event.by(), event.at(), position);
    }

    private void verdict(String decisionId, int round, ReviewVerdict verdict, DecisionStatus status, String comments,
                         PersonId by, Instant at, long position) {
        positioned.change(decisionId, position, decision -> {
            decision.put("status", status.name());
            decision.getList("rounds", Document.class).stream()
                    .filter(entry -> entry.getInteger("round") == round).findFirst()
                    .ifPresent(entry -> entry.append("verdict", verdict.name()).append("comments", comments)
                                             .append("reviewer", id(by)).append("decidedAt", date(at))
                                             .append("decidedPosition", position));
        });
    }

    @EventHandler
    void on(DecisionPublished event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> decision
                .append("status", DecisionStatus.PUBLISHED.name())
                .append("visibility", event.visibility().name())
                .append("publication", new Document("visibility", event.visibility().name())
                        .append("by", id(event.by())).append("at", date(event.at())).append("position", position)));
    }

    @EventHandler
    void on(FollowUpActionAdded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> decision.getList("actions", Document.class)
                .add(new Document("actionId", event.actionId().value())
                             .append("description", event.description())
                             .append("responsible", event.responsible())
                             .append("reporter", id(event.reporter()))
                             .append("due", event.due() == null ? null : event.due().toString())
                             .append("progress", new ArrayList<>())
                             .append("completion", null)
                             .append("checks", new ArrayList<>())
                             .append("addedBy", id(event.by()))
                             .append("addedAt", date(event.at()))
                             .append("position", position)));
    }

    @EventHandler
    void on(ProgressReported event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        action(event.decisionId().value(), event.actionId(), position, action -> action
                .getList("progress", Document.class).add(report(event.report(), event.by(), event.at(), position)));
    }

    @EventHandler
    void on(ActionCompleted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        action(event.decisionId().value(), event.actionId(), position,
               action -> action.put("completion", report(event.note(), event.by(), event.at(), position)));
    }

    @EventHandler
    void on(SupervisionCheckRecorded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        action(event.decisionId().value(), event.actionId(), position, action -> action
                .getList("checks", Document.class).add(
                        new Document("satisfactory", event.satisfactory()).append("finding", event.finding())
                                                                          .append("by", id(event.by()))
                                                                          .append("at", date(event.at()))
                                                                          .append("position", position)));
    }

    /** One rating per person: a new one replaces the earlier. */
    @EventHandler
    void on(ImplementationRated event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> {
            List<Document> ratings = decision.getList("ratings", Document.class);
            ratings.removeIf(rating -> rating.getString("rater").equals(event.rater().value()));
            ratings.add(new Document("rater", event.rater().value()).append("stars", event.stars())
                                                                    .append("comment", event.comment())
                                                                    .append("at", date(event.at()))
                                                                    .append("position", position));
        });
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
        names.forget();
    }

    @QueryHandler
    Optional<DecisionPage> handle(FindDecision query) {
        return Optional.ofNullable(view.find(eq("_id", query.decisionId())).first()).map(decision -> {
            CommunityId community = new CommunityId(decision.getString("communityId"));
            PageReader reader = new PageReader(person -> names.nameOf(community, new PersonId(person)));
            return reader.page(decision, query.viewerId(), query.today(), links -> provenances.of(
                    links, query.decisionId(), person -> reader.person(person.value())));
        });
    }

    private void action(String decisionId, ActionId actionId, long position, Consumer<Document> change) {
        positioned.change(decisionId, position, decision -> decision.getList("actions", Document.class).stream()
                .filter(action -> action.getString("actionId").equals(actionId.value())).findFirst()
                .ifPresent(change));
    }

    private static Document report(String text, PersonId by, Instant at, long position) {
        return new Document("text", text).append("by", id(by)).append("at", date(at)).append("position", position);
    }

    private static String id(PersonId person) {
        return person == null ? null : person.value();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
