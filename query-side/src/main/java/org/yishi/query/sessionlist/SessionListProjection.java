package org.yishi.query.sessionlist;

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
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemRemoved;
import org.yishi.command.api.session.AgendaPublished;
import org.yishi.command.api.session.SessionAdjourned;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionResumed;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.query.api.sessions.FindJoinCode;
import org.yishi.query.api.sessions.FindSessionByJoinCode;
import org.yishi.query.api.sessions.FindSessions;
import org.yishi.query.api.sessions.SessionList;
import org.yishi.query.api.sessions.SessionSummary;
import org.yishi.query.personnames.PersonNames;
import org.yishi.query.views.PositionedDocuments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

/**
 * Each community's sessions, and the join codes that lead to them. One document per session keyed by its id, replaced
 * whole; an event the document already reflects is skipped, so a replay changes nothing. A community holds few
 * sessions, so its list and a join code are found by scanning them (the embedded server has no other way for a
 * field that is not unique).
 */
@ProcessingGroup(SessionListProjection.GROUP)
public class SessionListProjection {

    public static final String GROUP = "session-list";

    private static final Comparator<Document> COMING_FIRST = Comparator
            .comparing((Document session) -> SessionStatus.CLOSED.name().equals(session.getString("status")))
            .thenComparing((first, second) -> closed(first)
                                              ? second.getDate("startsAt").compareTo(first.getDate("startsAt"))
                                              : first.getDate("startsAt").compareTo(second.getDate("startsAt")));

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;
    private final PersonNames names;

    public SessionListProjection(MongoDatabase database) {
        this.view = database.getCollection("view_session_list");
        this.positioned = new PositionedDocuments(view);
        this.names = new PersonNames(database, "view_session_list_names");
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
        Document session = new Document("_id", event.sessionId().value())
                .append("communityId", event.communityId().value())
                .append("title", event.title())
                .append("kind", event.kind().name())
                .append("format", event.format().name())
                .append("status", SessionStatus.SCHEDULED.name())
                .append("startsAt", Date.from(event.startsAt()))
                .append("place", event.place())
                .append("moderatorId", event.moderator() == null ? null : event.moderator().value())
                .append("agendaItems", 0)
                .append("agendaPublished", false)
                .append("joinCode", event.joinCode())
                .append("joinKey", key(event.joinCode()))
                .append("position", position);
        view.replaceOne(eq("_id", session.get("_id")), session, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(AgendaItemAdded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position,
                          session -> session.put("agendaItems", session.getInteger("agendaItems") + 1));
    }

    @EventHandler
    void on(AgendaItemRemoved event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position,
                          session -> session.put("agendaItems", session.getInteger("agendaItems") - 1));
    }

    @EventHandler
    void on(AgendaPublished event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.sessionId().value(), position, session -> session.put("agendaPublished", true));
    }

    @EventHandler
    void on(SessionOpened event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        status(event.sessionId().value(), SessionStatus.OPEN, position);
    }

    @EventHandler
    void on(SessionAdjourned event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        status(event.sessionId().value(), SessionStatus.ADJOURNED, position);
    }

    @EventHandler
    void on(SessionResumed event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        status(event.sessionId().value(), SessionStatus.OPEN, position);
    }

    @EventHandler
    void on(SessionClosed event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        status(event.sessionId().value(), SessionStatus.CLOSED, position);
    }

    private void status(String sessionId, SessionStatus status, long position) {
        positioned.change(sessionId, position, session -> session.put("status", status.name()));
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
        names.forget();
    }

    @QueryHandler
    SessionList handle(FindSessions query) {
        List<Document> sessions = view.find(eq("communityId", query.communityId())).into(new ArrayList<>());
        sessions.sort(COMING_FIRST);
        CommunityId community = new CommunityId(query.communityId());
        return new SessionList(sessions.stream().map(session -> summary(community, session)).toList());
    }

    /** Should two sessions still to come share a code, the one starting soonest is meant. */
    @QueryHandler
    Optional<String> handle(FindSessionByJoinCode query) {
        if (query.joinCode() == null || query.joinCode().isBlank()) {
            return Optional.empty();
        }
        return view.find(and(eq("joinKey", key(query.joinCode().strip())), ne("status", SessionStatus.CLOSED.name())))
                   .into(new ArrayList<>()).stream()
                   .min(Comparator.comparing(session -> session.getDate("startsAt")))
                   .map(session -> session.getString("_id"));
    }

    @QueryHandler
    Optional<String> handle(FindJoinCode query) {
        return Optional.ofNullable(view.find(eq("_id", query.sessionId())).first())
                       .map(session -> session.getString("joinCode"));
    }

    private SessionSummary summary(CommunityId community, Document session) {
        String moderator = session.getString("moderatorId");
        return new SessionSummary(session.getString("_id"), session.getString("communityId"),
                                  session.getString("title"), session.getString("kind"), session.getString("format"),
                                  session.getString("status"), session.getDate("startsAt").toInstant(),
                                  session.getString("place"), moderator,
                                  moderator == null ? null : names.nameOf(community, new PersonId(moderator)),
                                  session.getInteger("agendaItems"), session.getBoolean("agendaPublished"),
                                  session.get("position", Number.class).longValue());
    }

    private static boolean closed(Document session) {
        return SessionStatus.CLOSED.name().equals(session.getString("status"));
    }

    private static String key(String joinCode) {
        return joinCode == null ? null : joinCode.toUpperCase(Locale.ROOT);
    }
}
