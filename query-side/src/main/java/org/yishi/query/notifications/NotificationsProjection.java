package org.yishi.query.notifications;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalEdited;
import org.yishi.command.api.proposal.ProposalMerged;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.query.api.motions.Wording;
import org.yishi.query.api.notifications.FindNotifications;
import org.yishi.query.api.notifications.Inbox;
import org.yishi.query.api.notifications.NotificationKind;
import org.yishi.query.motionrules.ResultDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * Each person's in-app notifications: the proposer when their proposal is accepted, declined or merged and when a
 * decision on it is published; the community's party secretaries when a decision awaits review; its committee
 * members when one is returned. Who holds those roles, who proposed what and what each decision is called are kept in
 * this projection's own collections. A notification is decided from the state of the community when its event
 * happened, so this group takes the store's events in one sequence; each inbox keeps the position of its newest
 * notification, so a replay adds none twice.
 */
@ProcessingGroup(NotificationsProjection.GROUP)
public class NotificationsProjection {

    public static final String GROUP = "notifications";

    private final MongoCollection<Document> inboxes;
    private final MongoCollection<Document> proposals;
    private final MongoCollection<Document> decisions;
    private final MongoCollection<Document> roles;

    public NotificationsProjection(MongoDatabase database) {
        this.inboxes = database.getCollection("view_notifications");
        this.proposals = database.getCollection("view_notifications_proposals");
        this.decisions = database.getCollection("view_notifications_decisions");
        this.roles = database.getCollection("view_notifications_roles");
    }

    // What notifications need to know

    @EventHandler
    void on(RoleGranted event) {
        String id = event.communityId().value() + "/" + event.role().name();
        Document holders = Optional.ofNullable(roles.find(eq("_id", id)).first())
                                   .orElseGet(() -> new Document("_id", id).append("people", new ArrayList<>()));
        List<String> people = holders.getList("people", String.class);
        if (!people.contains(event.personId().value())) {
            people.add(event.personId().value());
        }
        roles.replaceOne(eq("_id", id), holders, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(RoleRevoked event) {
        String id = event.communityId().value() + "/" + event.role().name();
        Document holders = roles.find(eq("_id", id)).first();
        if (holders != null) {
            holders.getList("people", String.class).remove(event.personId().value());
            roles.replaceOne(eq("_id", id), holders);
        }
    }

    @EventHandler
    void on(ProposalSubmitted event) {
        proposals.replaceOne(eq("_id", event.proposalId().value()),
                             new Document("_id", event.proposalId().value())
                                     .append("communityId", event.communityId().value())
                                     .append("proposer", event.proposer().value()).append("title", event.title()),
                             new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ProposalEdited event) {
        proposal(event.proposalId().value()).ifPresent(proposal -> proposals.replaceOne(
                eq("_id", proposal.get("_id")), proposal.append("title", event.title())));
    }

    @EventHandler
    void on(DecisionRecorded event) {
        decisions.replaceOne(eq("_id", event.decisionId().value()),
                             new Document("_id", event.decisionId().value())
                                     .append("communityId", event.communityId().value())
                                     .append("title", event.title())
                                     .append("proposalId", event.proposalId() == null ? null
                                                                                      : event.proposalId().value()),
                             new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(DecisionRevised event) {
        decision(event.decisionId().value()).ifPresent(decision -> decisions.replaceOne(
                eq("_id", decision.get("_id")), decision.append("title", event.title())));
    }

    // The notifications

    @EventHandler
    void on(ProposalAccepted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        proposal(event.proposalId().value()).ifPresent(proposal -> notify(
                List.of(proposal.getString("proposer")), NotificationKind.PROPOSAL_ACCEPTED,
                new Wording("您的议题「" + proposal.getString("title") + "」已受理",
                            "Your proposal “" + proposal.getString("title") + "” was accepted"),
                proposal.getString("communityId"), event.proposalId().value(), null, event.at(), position));
    }

    @EventHandler
    void on(ProposalDeclined event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        proposal(event.proposalId().value()).ifPresent(proposal -> notify(
                List.of(proposal.getString("proposer")), NotificationKind.PROPOSAL_DECLINED,
                new Wording("您的议题「" + proposal.getString("title") + "」未被采纳：" + event.reason(),
                            "Your proposal “" + proposal.getString("title") + "” was declined: " + event.reason()),
                proposal.getString("communityId"), event.proposalId().value(), null, event.at(), position));
    }

    @EventHandler
    void on(ProposalMerged event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        String into = proposal(event.intoProposalId().value()).map(other -> other.getString("title"))
                                                              .orElse(event.intoProposalId().value());
        proposal(event.proposalId().value()).ifPresent(proposal -> notify(
                List.of(proposal.getString("proposer")), NotificationKind.PROPOSAL_MERGED,
                new Wording("您的议题「" + proposal.getString("title") + "」已并入「" + into + "」",
                            "Your proposal “" + proposal.getString("title") + "” was merged into “" + into + "”"),
                proposal.getString("communityId"), event.intoProposalId().value(), null, event.at(), position));
    }

    @EventHandler
    void on(DecisionSubmittedForReview event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        decision(event.decisionId().value()).ifPresent(decision -> notify(
                holders(decision.getString("communityId"), Role.PARTY_SECRETARY),
                NotificationKind.DECISION_AWAITS_REVIEW,
                new Wording("决议「" + event.title() + "」待您审核（第 " + event.round() + " 轮）",
                            "The decision “" + event.title() + "” awaits your review (round " + event.round() + ")"),
                decision.getString("communityId"), decision.getString("proposalId"), event.decisionId().value(),
                event.at(), position));
    }

    @EventHandler
    void on(DecisionReturned event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        decision(event.decisionId().value()).ifPresent(decision -> notify(
                holders(decision.getString("communityId"), Role.COMMITTEE_MEMBER), NotificationKind.DECISION_RETURNED,
                new Wording("决议「" + decision.getString("title") + "」被退回修改：" + event.comments(),
                            "The decision “" + decision.getString("title") + "” was returned: " + event.comments()),
                decision.getString("communityId"), decision.getString("proposalId"), event.decisionId().value(),
                event.at(), position));
    }

    @EventHandler
    void on(DecisionPublished event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        decision(event.decisionId().value()).ifPresent(decision -> Optional
                .ofNullable(decision.getString("proposalId")).flatMap(this::proposal)
                .ifPresent(proposal -> notify(
                        List.of(proposal.getString("proposer")), NotificationKind.DECISION_PUBLISHED,
                        new Wording("关于您的议题「" + proposal.getString("title") + "」的决议「"
                                    + decision.getString("title") + "」已公布",
                                    "The decision “" + decision.getString("title") + "” on your proposal “"
                                    + proposal.getString("title") + "” was published"),
                        decision.getString("communityId"), proposal.getString("_id"), event.decisionId().value(),
                        event.at(), position)));
    }

    private void notify(Collection<String> people, NotificationKind kind, Wording message, String communityId,
                        String proposalId, String decisionId, Instant at, long position) {
        Document notification = new Document("kind", kind.name()).append("message", ResultDocuments.wording(message))
                                                                 .append("communityId", communityId)
                                                                 .append("proposalId", proposalId)
                                                                 .append("decisionId", decisionId)
                                                                 .append("at", Date.from(at))
                                                                 .append("position", position);
        for (String person : people) {
            Document inbox = Optional.ofNullable(inboxes.find(eq("_id", person)).first())
                                     .orElseGet(() -> new Document("_id", person)
                                             .append("notifications", new ArrayList<>()).append("position", -1L));
            if (inbox.get("position", Number.class).longValue() >= position) {
                continue;
            }
            inbox.getList("notifications", Document.class).add(notification);
            inbox.put("position", position);
            inboxes.replaceOne(eq("_id", person), inbox, new ReplaceOptions().upsert(true));
        }
    }

    private List<String> holders(String communityId, Role role) {
        return Optional.ofNullable(roles.find(eq("_id", communityId + "/" + role.name())).first())
                       .map(holders -> List.copyOf(holders.getList("people", String.class))).orElse(List.of());
    }

    private Optional<Document> proposal(String proposalId) {
        return Optional.ofNullable(proposals.find(eq("_id", proposalId)).first());
    }

    private Optional<Document> decision(String decisionId) {
        return Optional.ofNullable(decisions.find(eq("_id", decisionId)).first());
    }

    @ResetHandler
    void reset() {
        inboxes.deleteMany(new Document());
        proposals.deleteMany(new Document());
        decisions.deleteMany(new Document());
        roles.deleteMany(new Document());
    }

    @QueryHandler
    Inbox handle(FindNotifications query) {
        Document inbox = inboxes.find(eq("_id", query.personId())).first();
        if (inbox == null) {
            return new Inbox(query.personId(), List.of(), -1);
        }
        List<Inbox.Notification> notifications = new ArrayList<>(inbox.getList("notifications", Document.class)
                .stream().map(notification -> new Inbox.Notification(
                        NotificationKind.valueOf(notification.getString("kind")),
                        ResultDocuments.wording(notification.get("message", Document.class)),
                        notification.getString("communityId"), notification.getString("proposalId"),
                        notification.getString("decisionId"), notification.getDate("at").toInstant(),
                        notification.get("position", Number.class).longValue())).toList());
        Collections.reverse(notifications);
        return new Inbox(query.personId(), notifications, inbox.get("position", Number.class).longValue());
    }
}
