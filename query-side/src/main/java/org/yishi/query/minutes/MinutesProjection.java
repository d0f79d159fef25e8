package org.yishi.query.minutes;

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
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.CommunityRegistered;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.AgendaItemRemoved;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.AgendaPublished;
import org.yishi.command.api.session.AgendaReordered;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.MinutesNoteAdded;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.ParticipantLeft;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.QuorumLost;
import org.yishi.command.api.session.QuorumReached;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.api.session.TurnEnded;
import org.yishi.query.api.minutes.FindMinutes;
import org.yishi.query.api.minutes.Minutes;
import org.yishi.query.motionrules.ResultDocuments;
import org.yishi.query.personnames.PersonNames;
import org.yishi.query.sessionrules.RuleWording;
import org.yishi.query.views.PositionedDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * The minutes of each session: one document per session, keyed by its id, that grows with the session's events; an
 * event the document already reflects is skipped, so a replay adds no attendee, turn or note twice. Names of people
 * and of the community are looked up when asked, from this projection's own copies of the community's events.
 */
@ProcessingGroup(MinutesProjection.GROUP)
public class MinutesProjection {

    public static final String GROUP = "session-minutes";

    private final MongoCollection<Document> view;
    private final MongoCollection<Document> communities;
    private final MongoCollection<Document> motions;
    private final PositionedDocuments positioned;
    private final PersonNames names;

    public MinutesProjection(MongoDatabase database) {
        this.view = database.getCollection("view_session_minutes");
        this.communities = database.getCollection("view_session_minutes_communities");
        this.motions = database.getCollection("view_session_minutes_motions");
        this.positioned = new PositionedDocuments(view);
        this.names = new PersonNames(database, "view_session_minutes_names");
    }

    @EventHandler
    void on(CommunityRegistered event) {
        communities.replaceOne(eq("_id", event.communityId().value()),
                               new Document("_id", event.communityId().value()).append("name", event.name()),
                               new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(MemberRegistered event) {
        names.remember(event);
    }

    @EventHandler
    void on(SessionScheduled event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document existing = view.find(eq("_id", event.sessionId().value())).first();
        if (existing != null && existing.get("position", Number.class).longValue() >= position) {
            return;
        }
        Document minutes = new Document("_id", event.sessionId().value())
                .append("communityId", event.communityId().value())
                .append("title", event.title())
                .append("kind", event.kind().name())
                .append("format", event.format().name())
                .append("place", event.place())
                .append("startsAt", date(event.startsAt()))
                .append("openedAt", null)
                .append("closedAt", null)
                .append("moderatorId", event.moderator() == null ? null : event.moderator().value())
                .append("ruleSetDescription", RuleWording.description(event.ruleSet()))
                .append("electorateSize", event.electorateSize())
                .append("required", event.required())
                .append("attendance", new ArrayList<>())
                .append("quorum", new ArrayList<>())
                .append("items", new ArrayList<>())
                .append("sessionNotes", new ArrayList<>())
                .append("position", position);
        view.replaceOne(eq("_id", minutes.get("_id")), minutes, new ReplaceOptions().upsert(true));
    }

    /** The rules and the electorate as counted at the opening are the ones the session ran under. */
    @EventHandler
    void on(SessionOpened event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, minutes -> {
            if (minutes.get("openedAt") == null) {
                minutes.put("openedAt", date(event.at()));
            }
            minutes.append("ruleSetDescription", RuleWording.description(event.ruleSet()))
                   .append("electorateSize", event.electorateSize()).append("required", event.required());
        });
    }

    @EventHandler
    void on(SessionClosed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, minutes -> minutes.put("closedAt", date(event.at())));
    }

    @EventHandler
    void on(ParticipantCheckedIn event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, minutes -> {
            Optional<Document> known = find(minutes.getList("attendance", Document.class), "personId",
                                            event.participant().value());
            if (known.isEmpty()) {
                minutes.getList("attendance", Document.class).add(
                        new Document("personId", event.participant().value()).append("method", event.method().name())
                                                                             .append("counts", event.counts())
                                                                             .append("firstCheckedInAt",
                                                                                     date(event.at()))
                                                                             .append("leftAt", null)
                                                                             .append("returns", 0)
                                                                             .append("present", true));
            } else if (!known.get().getBoolean("present")) {
                known.get().append("returns", known.get().getInteger("returns") + 1).append("leftAt", null)
                     .append("present", true);
            }
        });
    }

    @EventHandler
    void on(ParticipantLeft event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position,
                          minutes -> find(minutes.getList("attendance", Document.class), "personId",
                                          event.participant().value())
                                  .ifPresent(attendee -> attendee.append("leftAt", date(event.at()))
                                                                 .append("present", false)));
    }

    @EventHandler
    void on(QuorumReached event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        quorum(event.sessionId().value(), true, event.present(), event.required(), event.at(), position);
    }

    @EventHandler
    void on(QuorumLost event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        quorum(event.sessionId().value(), false, event.present(), event.required(), event.at(), position);
    }

    private void quorum(String sessionId, boolean reached, int present, int required, Instant at, long position) {
        positioned.change(sessionId, position, minutes -> minutes.getList("quorum", Document.class).add(
                new Document("reached", reached).append("present", present).append("required", required)
                                                .append("at", date(at))));
    }

    @EventHandler
    void on(AgendaItemAdded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, minutes -> items(minutes).add(
                new Document("itemId", event.itemId().value())
                        .append("title", event.title())
                        .append("proposalId", event.proposalId() == null ? null : event.proposalId().value())
                        .append("status", "PENDING")
                        .append("startedAt", null)
                        .append("closedAt", null)
                        .append("speakers", new ArrayList<>())
                        .append("positions", new ArrayList<>())
                        .append("outcome", null)
                        .append("outcomeText", null)
                        .append("notes", new ArrayList<>())));
    }

    @EventHandler
    void on(AgendaItemRemoved event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, minutes -> items(minutes).removeIf(
                item -> item.getString("itemId").equals(event.itemId().value())));
    }

    @EventHandler
    void on(AgendaReordered event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, minutes -> reorder(minutes, event.order()));
    }

    @EventHandler
    void on(AgendaPublished event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, minutes -> reorder(minutes, event.order()));
    }

    @EventHandler
    void on(AgendaItemStarted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        item(event.sessionId().value(), event.itemId(), position,
             item -> item.append("status", "RUNNING").append("startedAt", date(event.at())));
    }

    @EventHandler
    void on(AgendaItemClosed event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        item(event.sessionId().value(), event.itemId(), position,
             item -> item.append("status", "CLOSED").append("closedAt", date(event.at()))
                         .append("outcome", event.outcome().name()).append("outcomeText", event.text()));
    }

    @EventHandler
    void on(FloorGiven event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        item(event.sessionId().value(), event.itemId(), position, item -> item.getList("speakers", Document.class).add(
                new Document("personId", event.speaker().value()).append("from", date(event.at()))
                                                                 .append("to", null)
                                                                 .append("outOfOrder", event.outOfOrder())
                                                                 .append("reason", event.reason())
                                                                 .append("endReason", null)));
    }

    @EventHandler
    void on(TurnEnded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        item(event.sessionId().value(), event.itemId(), position,
             item -> item.getList("speakers", Document.class).stream()
                         .filter(turn -> turn.getString("personId").equals(event.speaker().value())
                                         && turn.get("endReason") == null)
                         .reduce((first, second) -> second)
                         .ifPresent(turn -> turn.append("to", date(event.at()))
                                                .append("endReason", event.reason().name())));
    }

    /** Only a person's final position on the item stands in the minutes. */
    @EventHandler
    void on(PositionRecorded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        item(event.sessionId().value(), event.itemId(), position, item -> {
            List<Document> positions = item.getList("positions", Document.class);
            positions.removeIf(stance -> stance.getString("personId").equals(event.participant().value()));
            positions.add(new Document("personId", event.participant().value())
                                  .append("stance", event.stance().name()).append("reason", event.reason())
                                  .append("at", date(event.at())));
        });
    }

    @EventHandler
    void on(MinutesNoteAdded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document note = new Document("authorId", event.by() == null ? null : event.by().value())
                .append("text", event.text()).append("at", date(event.at()));
        if (event.itemId() == null) {
            positioned.change(event.sessionId().value(), position,
                              minutes -> minutes.getList("sessionNotes", Document.class).add(note));
        } else {
            item(event.sessionId().value(), event.itemId(), position,
                 item -> item.getList("notes", Document.class).add(note));
        }
    }

    /**
     * A vote is kept apart from the session's document, keyed by its motion: a motion is an aggregate of its own, and
     * its events keep their order only among themselves.
     */
    @EventHandler
    void on(MotionOpened event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        if (event.sessionId() == null) {
            return;
        }
        Document existing = motions.find(eq("_id", event.motionId().value())).first();
        if (existing != null && existing.get("position", Number.class).longValue() >= position) {
            return;
        }
        motions.replaceOne(eq("_id", event.motionId().value()), new Document("_id", event.motionId().value())
                                   .append("sessionId", event.sessionId().value())
                                   .append("itemId", event.itemId() == null ? null : event.itemId().value())
                                   .append("question", event.question())
                                   .append("method", event.method().name())
                                   .append("secrecy", event.secrecy().name())
                                   .append("options", ResultDocuments.options(event.options()))
                                   .append("eligible", event.electorate().units())
                                   .append("openedAt", date(event.at()))
                                   .append("result", null)
                                   .append("position", position),
                           new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(MotionClosed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        new PositionedDocuments(motions).change(event.motionId().value(), position, motion -> motion.put(
                "result", ResultDocuments.result(event, Method.valueOf(motion.getString("method")),
                                                 ResultDocuments.options(motion.get("options", Document.class)),
                                                 position)));
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
        motions.deleteMany(new Document());
        communities.deleteMany(new Document());
        names.forget();
    }

    @QueryHandler
    Optional<Minutes> handle(FindMinutes query) {
        return Optional.ofNullable(view.find(eq("_id", query.sessionId())).first()).map(minutes -> {
            CommunityId community = new CommunityId(minutes.getString("communityId"));
            Document registered = communities.find(eq("_id", community.value())).first();
            String communityName = registered == null ? community.value() : registered.getString("name");
            List<Document> votes = motions.find(eq("sessionId", query.sessionId())).into(new ArrayList<>());
            votes.sort(Comparator.comparing(vote -> vote.get("position", Number.class).longValue()));
            return new MinutesReader(person -> names.nameOf(community, new PersonId(person)))
                    .minutes(minutes, communityName, votes);
        });
    }

    private void item(String sessionId, AgendaItemId itemId, long position,
                      java.util.function.Consumer<Document> change) {
        positioned.change(sessionId, position,
                          minutes -> find(items(minutes), "itemId", itemId.value()).ifPresent(change));
    }

    private static void reorder(Document minutes, List<AgendaItemId> order) {
        List<Document> items = new ArrayList<>(items(minutes));
        List<Document> ordered = new ArrayList<>();
        for (AgendaItemId itemId : order) {
            find(items, "itemId", itemId.value()).ifPresent(item -> {
                ordered.add(item);
                items.remove(item);
            });
        }
        ordered.addAll(items);
        minutes.put("items", ordered);
    }

    private static List<Document> items(Document minutes) {
        return minutes.getList("items", Document.class);
    }

    private static Optional<Document> find(List<Document> documents, String field, String value) {
        return documents.stream().filter(document -> value.equals(document.getString(field))).findFirst();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
