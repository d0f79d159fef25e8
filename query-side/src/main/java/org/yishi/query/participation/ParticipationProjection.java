package org.yishi.query.participation;

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
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.FloorRequestWithdrawn;
import org.yishi.command.api.session.FloorRequested;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.ParticipantLeft;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.api.session.TurnEnded;
import org.yishi.query.api.sessions.FindParticipation;
import org.yishi.query.api.sessions.Participation;
import org.yishi.query.views.PositionedDocuments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * Where each person stands in each session, for their phone: one document per session, keyed by its id, with who is
 * checked in and how, the speakers list, who has the floor and the positions on the running item. An event the
 * document already reflects is skipped, so a replay changes nothing.
 */
@ProcessingGroup(ParticipationProjection.GROUP)
public class ParticipationProjection {

    public static final String GROUP = "session-participation";

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;

    public ParticipationProjection(MongoDatabase database) {
        this.view = database.getCollection("view_session_participation");
        this.positioned = new PositionedDocuments(view);
    }

    @EventHandler
    void on(SessionScheduled event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document existing = view.find(eq("_id", event.sessionId().value())).first();
        if (existing != null && existing.get("position", Number.class).longValue() >= position) {
            return;
        }
        Document session = new Document("_id", event.sessionId().value())
                .append("currentItemId", null)
                .append("attendees", new ArrayList<>())
                .append("waiting", new ArrayList<>())
                .append("speaker", null)
                .append("stances", new ArrayList<>())
                .append("position", position);
        view.replaceOne(eq("_id", session.get("_id")), session, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ParticipantCheckedIn event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, session -> {
            String person = event.participant().value();
            attendees(session).removeIf(attendee -> attendee.getString("personId").equals(person));
            attendees(session).add(new Document("personId", person).append("method", event.method().name())
                                                                   .append("counts", event.counts()));
        });
    }

    @EventHandler
    void on(ParticipantLeft event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, session -> attendees(session).removeIf(
                attendee -> attendee.getString("personId").equals(event.participant().value())));
    }

    @EventHandler
    void on(AgendaItemStarted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, session -> {
            clearItem(session);
            session.put("currentItemId", event.itemId().value());
        });
    }

    @EventHandler
    void on(AgendaItemClosed event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, ParticipationProjection::clearItem);
    }

    @EventHandler
    void on(FloorRequested event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, session -> {
            waiting(session).remove(event.participant().value());
            waiting(session).add(event.participant().value());
        });
    }

    @EventHandler
    void on(FloorRequestWithdrawn event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position,
                          session -> waiting(session).remove(event.participant().value()));
    }

    @EventHandler
    void on(FloorGiven event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, session -> {
            waiting(session).remove(event.speaker().value());
            session.put("speaker", event.speaker().value());
        });
    }

    @EventHandler
    void on(TurnEnded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, session -> {
            if (event.speaker().value().equals(session.getString("speaker"))) {
                session.put("speaker", null);
            }
        });
    }

    @EventHandler
    void on(PositionRecorded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, session -> {
            String person = event.participant().value();
            List<Document> stances = session.getList("stances", Document.class);
            stances.removeIf(stance -> stance.getString("personId").equals(person));
            stances.add(new Document("personId", person).append("itemId", event.itemId().value())
                                                        .append("stance", event.stance().name())
                                                        .append("reason", event.reason()));
        });
    }

    /** Between items nobody waits, nobody speaks and no position stands. */
    private static void clearItem(Document session) {
        session.put("currentItemId", null);
        session.put("waiting", new ArrayList<>());
        session.put("speaker", null);
        session.put("stances", new ArrayList<>());
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
    }

    /** Someone the session has not seen, or a session not known (yet), is simply not checked in. */
    @QueryHandler
    Participation handle(FindParticipation query) {
        Document session = view.find(eq("_id", query.sessionId())).first();
        if (session == null) {
            return new Participation(query.sessionId(), query.personId(), false, null, false, 0, false, null, null,
                                     null, -1);
        }
        String person = query.personId();
        Optional<Document> attendee = attendees(session).stream()
                                                        .filter(found -> found.getString("personId").equals(person))
                                                        .findFirst();
        String currentItem = session.getString("currentItemId");
        Optional<Document> stance = session.getList("stances", Document.class).stream()
                                           .filter(found -> found.getString("personId").equals(person)
                                                            && found.getString("itemId").equals(currentItem))
                                           .findFirst();
        return new Participation(query.sessionId(), person, attendee.isPresent(),
                                 attendee.map(found -> found.getString("method")).orElse(null),
                                 attendee.map(found -> found.getBoolean("counts")).orElse(false),
                                 waiting(session).indexOf(person) + 1, person.equals(session.getString("speaker")),
                                 currentItem, stance.map(found -> found.getString("stance")).orElse(null),
                                 stance.map(found -> found.getString("reason")).orElse(null),
                                 session.get("position", Number.class).longValue());
    }

    private static List<Document> attendees(Document session) {
        return session.getList("attendees", Document.class);
    }

    private static List<String> waiting(Document session) {
        return session.getList("waiting", String.class);
    }
}
