package org.yishi.query.followup;

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
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.ProgressReported;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.decisions.FindOverdueActions;
import org.yishi.query.api.decisions.OverdueActions;
import org.yishi.query.api.proposals.Person;
import org.yishi.query.personnames.PersonNames;
import org.yishi.query.views.PositionedDocuments;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;

/**
 * The follow-up actions of each community's decisions, for the community home: one document per decision with its
 * title, visibility and actions (due date, completed or not, latest progress). Which are overdue depends on the day
 * asked, so it is worked out when asked. An event the document already reflects is skipped, so a replay changes
 * nothing.
 */
@ProcessingGroup(FollowUpProjection.GROUP)
public class FollowUpProjection {

    public static final String GROUP = "follow-up";

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;
    private final PersonNames names;

    public FollowUpProjection(MongoDatabase database) {
        this.view = database.getCollection("view_follow_up");
        this.positioned = new PositionedDocuments(view);
        this.names = new PersonNames(database, "view_follow_up_names");
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
                .append("visibility", null)
                .append("actions", new ArrayList<>())
                .append("position", position);
        positioned.create(decision);
    }

    @EventHandler
    void on(DecisionRevised event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> decision.put("title", event.title()));
    }

    @EventHandler
    void on(DecisionSubmittedForReview event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> decision.put("title", event.title()));
    }

    @EventHandler
    void on(DecisionPublished event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position,
                          decision -> decision.put("visibility", event.visibility().name()));
    }

    @EventHandler
    void on(FollowUpActionAdded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> decision.getList("actions", Document.class)
                .add(new Document("actionId", event.actionId().value())
                             .append("description", event.description())
                             .append("responsible", event.responsible())
                             .append("reporter", event.reporter() == null ? null : event.reporter().value())
                             .append("due", event.due() == null ? null : event.due().toString())
                             .append("completed", false)
                             .append("latestProgress", null)
                             .append("position", position)));
    }

    @EventHandler
    void on(ProgressReported event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        action(event.decisionId(), event.actionId(), position, action -> action.append("latestProgress", event.report())
                                                                               .append("position", position));
    }

    @EventHandler
    void on(ActionCompleted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        action(event.decisionId(), event.actionId(), position, action -> action.append("completed", true)
                                                                               .append("position", position));
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
        names.forget();
    }

    /** Only published decisions carry actions; an action without a due date is never overdue. */
    @QueryHandler
    OverdueActions handle(FindOverdueActions query) {
        CommunityId community = new CommunityId(query.communityId());
        List<OverdueActions.Entry> overdue = new ArrayList<>();
        long newest = -1;
        for (Document decision : view.find(eq("communityId", query.communityId()))) {
            newest = Math.max(newest, decision.get("position", Number.class).longValue());
            String visibility = decision.getString("visibility");
            for (Document action : decision.getList("actions", Document.class)) {
                String due = action.getString("due");
                if (action.getBoolean("completed") || due == null || !LocalDate.parse(due).isBefore(query.today())) {
                    continue;
                }
                String reporter = action.getString("reporter");
                overdue.add(new OverdueActions.Entry(
                        decision.getString("_id"), decision.getString("title"),
                        visibility == null ? null : Visibility.valueOf(visibility), action.getString("actionId"),
                        action.getString("description"), action.getString("responsible"),
                        reporter == null ? null
                                         : new Person(reporter, names.nameOf(community, new PersonId(reporter))),
                        LocalDate.parse(due), ChronoUnit.DAYS.between(LocalDate.parse(due), query.today()),
                        action.getString("latestProgress"), action.get("position", Number.class).longValue()));
            }
        }
        overdue.sort(Comparator.comparing(OverdueActions.Entry::due).thenComparing(OverdueActions.Entry::actionId));
        return new OverdueActions(overdue, newest);
    }

    private void action(DecisionId decisionId, ActionId actionId, long position, Consumer<Document> change) {
        positioned.change(decisionId.value(), position, decision -> decision.getList("actions", Document.class)
                .stream().filter(action -> action.getString("actionId").equals(actionId.value())).findFirst()
                .ifPresent(change));
    }
}
