package org.yishi.query.meetingboard;

import org.bson.Document;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.FloorGiven;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.query.api.motions.MotionStatus;
import org.yishi.query.motionrules.MotionWording;
import org.yishi.query.motionrules.ResultDocuments;
import org.yishi.query.sessionrules.RuleWording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One session's board as stored: the six sections, with person ids where the view has names (names are looked up
 * when asked), and what keeping them needs: who is attending and how, and each person's latest position on the item.
 * Each method is what one event does to the board.
 */
final class StoredBoard {

    static final List<String> SECTIONS = List.of("header", "agenda", "presence", "speakers", "positions", "vote");
    private static final int LATEST_REASONS = 10;

    private final Document document;

    StoredBoard(Document document) {
        this.document = document;
    }

    static StoredBoard scheduled(SessionScheduled event) {
        RuleSet rules = event.ruleSet();
        Document header = new Document("communityId", event.communityId().value())
                .append("title", event.title())
                .append("kind", event.kind().name())
                .append("format", event.format().name())
                .append("status", SessionStatus.SCHEDULED.name())
                .append("startsAt", date(event.startsAt()))
                .append("place", event.place())
                .append("moderatorId", id(event.moderator()))
                .append("publicBoard", event.publicBoard())
                .append("agendaPublished", false)
                .append("electorate", rules.electorate().name())
                .append("quorumRule", RuleWording.quorum(rules.quorum()))
                .append("openedAt", null)
                .append("closedAt", null);
        Document presence = new Document("electorate", rules.electorate().name())
                .append("electorateSize", event.electorateSize())
                .append("present", 0)
                .append("required", event.required())
                .append("quorumReached", false)
                .append("attendees", 0)
                .append("inRoom", 0)
                .append("online", 0);
        return new StoredBoard(new Document("_id", event.sessionId().value())
                                       .append("communityId", event.communityId().value())
                                       .append("speakingSeconds", event.speakingSeconds())
                                       .append("header", header)
                                       .append("agenda", new Document("items", new ArrayList<>())
                                               .append("currentItemId", null))
                                       .append("presence", presence)
                                       .append("speakers", noSpeakers())
                                       .append("positions", noPositions(null))
                                       .append("vote", null)
                                       .append("attending", new ArrayList<>())
                                       .append("stances", new ArrayList<>())
                                       .append("updates", 0L)
                                       .append("position", -1L));
    }

    Document document() {
        return document;
    }

    /** The sections as they stand, copied deep, to tell afterwards which ones an event changed. */
    Document sections() {
        Document sections = new Document();
        SECTIONS.forEach(section -> sections.put(section, copy(document.get(section))));
        return sections;
    }

    /** The sections that differ from {@code before}. */
    Document changedSince(Document before) {
        Document changed = new Document();
        for (String section : SECTIONS) {
            if (!Objects.equals(before.get(section), document.get(section))) {
                changed.put(section, document.get(section));
            }
        }
        return changed;
    }

    // The session

    void status(SessionStatus status) {
        header().put("status", status.name());
    }

    void opened(RuleSet rules, int electorateSize, int required, int present, Instant at) {
        Document header = header();
        header.put("status", SessionStatus.OPEN.name());
        if (header.get("openedAt") == null) {
            header.put("openedAt", date(at));
        }
        header.put("electorate", rules.electorate().name());
        header.put("quorumRule", RuleWording.quorum(rules.quorum()));
        presence().append("electorate", rules.electorate().name()).append("electorateSize", electorateSize)
                  .append("required", required).append("present", present)
                  .append("quorumReached", present >= required);
    }

    void closed(Instant at) {
        header().append("status", SessionStatus.CLOSED.name()).append("closedAt", date(at));
    }

    void publicBoard(boolean publicBoard) {
        header().put("publicBoard", publicBoard);
    }

    // The agenda

    void itemAdded(AgendaItemAdded event) {
        items().removeIf(item -> item.getString("itemId").equals(event.itemId().value()));
        int speakingSeconds = event.speakingSeconds() == 0 ? document.getInteger("speakingSeconds")
                                                           : event.speakingSeconds();
        items().add(new Document("itemId", event.itemId().value())
                            .append("title", event.title())
                            .append("proposalId", event.proposalId() == null ? null : event.proposalId().value())
                            .append("plannedMinutes", event.plannedMinutes())
                            .append("speakingSeconds", speakingSeconds)
                            .append("status", "PENDING")
                            .append("startedAt", null)
                            .append("closedAt", null)
                            .append("outcome", null)
                            .append("outcomeText", null));
    }

    void itemRemoved(AgendaItemId itemId) {
        items().removeIf(item -> item.getString("itemId").equals(itemId.value()));
    }

    /** Items the order leaves out keep their place after the ones it names. */
    void reordered(List<AgendaItemId> order) {
        List<Document> items = new ArrayList<>(items());
        List<Document> ordered = new ArrayList<>();
        for (AgendaItemId itemId : order) {
            items.stream().filter(item -> item.getString("itemId").equals(itemId.value())).findFirst()
                 .ifPresent(item -> {
                     ordered.add(item);
                     items.remove(item);
                 });
        }
        ordered.addAll(items);
        agenda().put("items", ordered);
    }

    void agendaPublished(List<AgendaItemId> order) {
        reordered(order);
        header().put("agendaPublished", true);
    }

    /** A new item starts with nobody on the list and no positions. */
    void itemStarted(AgendaItemStarted event) {
        item(event.itemId()).append("status", "RUNNING").append("startedAt", date(event.at()))
                            .append("speakingSeconds", event.speakingSeconds());
        agenda().put("currentItemId", event.itemId().value());
        document.put("speakers", noSpeakers());
        document.put("positions", noPositions(event.itemId().value()));
        document.put("stances", new ArrayList<>());
    }

    /** The positions stay on the board until the next item starts. */
    void itemClosed(AgendaItemClosed event) {
        item(event.itemId()).append("status", "CLOSED").append("closedAt", date(event.at()))
                            .append("outcome", event.outcome().name()).append("outcomeText", event.text());
        agenda().put("currentItemId", null);
        document.put("speakers", noSpeakers());
    }

    // Presence

    void checkedIn(PersonId participant, CheckInMethod method, int present, int required) {
        attending().removeIf(attendee -> attendee.getString("personId").equals(participant.value()));
        attending().add(new Document("personId", participant.value()).append("method", method.name()));
        counted(present, required);
    }

    void left(PersonId participant, int present, int required) {
        attending().removeIf(attendee -> attendee.getString("personId").equals(participant.value()));
        counted(present, required);
    }

    void quorum(boolean reached, int present, int required) {
        presence().append("quorumReached", reached).append("present", present).append("required", required);
    }

    private void counted(int present, int required) {
        long online = attending().stream().filter(attendee -> attendee.getString("method")
                                                                      .equals(CheckInMethod.ONLINE.name())).count();
        presence().append("present", present).append("required", required)
                  .append("attendees", attending().size())
                  .append("inRoom", attending().size() - (int) online)
                  .append("online", (int) online);
    }

    // Speakers

    void floorRequested(PersonId participant, Instant at) {
        waiting().removeIf(speaker -> speaker.getString("personId").equals(participant.value()));
        waiting().add(speaker(participant, at, null, false, null));
    }

    void floorRequestWithdrawn(PersonId participant) {
        waiting().removeIf(speaker -> speaker.getString("personId").equals(participant.value()));
    }

    void floorGiven(FloorGiven event) {
        floorRequestWithdrawn(event.speaker());
        speakers().put("current", speaker(event.speaker(), event.at(), event.endsAt(), event.outOfOrder(),
                                          event.reason()));
    }

    void turnEnded(PersonId speaker) {
        Document current = speakers().get("current", Document.class);
        if (current != null && current.getString("personId").equals(speaker.value())) {
            speakers().put("current", null);
        }
    }

    // Positions

    /** Each person counts once, with their latest stance; the reasons shown are the latest given, newest first. */
    void positionRecorded(PositionRecorded event) {
        if (!event.itemId().value().equals(positions().getString("itemId"))) {
            document.put("positions", noPositions(event.itemId().value()));
            document.put("stances", new ArrayList<>());
        }
        List<Document> stances = document.getList("stances", Document.class);
        stances.removeIf(stance -> stance.getString("personId").equals(event.participant().value()));
        stances.add(new Document("personId", event.participant().value()).append("stance", event.stance().name())
                                                                          .append("reason", event.reason())
                                                                          .append("at", date(event.at())));
        Map<String, Integer> counts = new java.util.HashMap<>();
        stances.forEach(stance -> counts.merge(stance.getString("stance"), 1, Integer::sum));
        List<Document> latest = new ArrayList<>();
        for (int i = stances.size() - 1; i >= 0 && latest.size() < LATEST_REASONS; i--) {
            String reason = stances.get(i).getString("reason");
            if (reason != null && !reason.isBlank()) {
                latest.add(new Document(stances.get(i)));
            }
        }
        positions().append("support", counts.getOrDefault("SUPPORT", 0))
                   .append("oppose", counts.getOrDefault("OPPOSE", 0))
                   .append("concern", counts.getOrDefault("CONCERN", 0))
                   .append("latest", latest);
    }

    // The vote

    /** The newest motion of the session takes the vote section; it shows no counts until it closes. */
    void voteOpened(MotionOpened event) {
        document.put("vote", new Document("motionId", event.motionId().value())
                .append("itemId", event.itemId() == null ? null : event.itemId().value())
                .append("question", event.question())
                .append("options", event.options().stream().map(option -> new Document("key", option.key())
                        .append("chinese", option.chinese()).append("english", option.english())).toList())
                .append("method", event.method().name())
                .append("secrecy", event.secrecy().name())
                .append("unit", event.unit().name())
                .append("householdBallot", event.householdBallot() == null ? null : event.householdBallot().name())
                .append("changeable", event.changeable())
                .append("openedAt", date(event.at()))
                .append("closesAt", date(event.closesAt()))
                .append("rules", ResultDocuments.wordings(MotionWording.rules(event)))
                .append("eligible", event.electorate().units())
                .append("turnout", 0)
                .append("status", MotionStatus.OPEN.name())
                .append("result", null));
    }

    /** A changed ballot is the same unit taking part, so it leaves the turnout as it was. */
    void voted(MotionId motion, boolean replaces) {
        Document vote = vote(motion);
        if (vote != null && !replaces && MotionStatus.OPEN.name().equals(vote.getString("status"))) {
            vote.put("turnout", vote.getInteger("turnout") + 1);
        }
    }

    void voteClosed(MotionClosed event, long position) {
        Document vote = vote(event.motionId());
        if (vote == null) {
            return;
        }
        List<MotionOption> options = vote.getList("options", Document.class).stream()
                                         .map(option -> new MotionOption(option.getString("key"),
                                                                         option.getString("chinese"),
                                                                         option.getString("english")))
                                         .toList();
        vote.append("status", MotionStatus.CLOSED.name())
            .append("result", ResultDocuments.result(event, Method.valueOf(vote.getString("method")), options,
                                                     position));
    }

    private Document vote(MotionId motion) {
        Document vote = document.get("vote", Document.class);
        return vote != null && motion.value().equals(vote.getString("motionId")) ? vote : null;
    }

    private static Document noSpeakers() {
        return new Document("current", null).append("waiting", new ArrayList<>());
    }

    private static Document noPositions(String itemId) {
        return new Document("itemId", itemId).append("support", 0).append("oppose", 0).append("concern", 0)
                                             .append("latest", new ArrayList<>());
    }

    private static Document speaker(PersonId person, Instant since, Instant endsAt, boolean outOfOrder,
                                    String reason) {
        return new Document("personId", person.value()).append("since", date(since)).append("endsAt", date(endsAt))
                                                       .append("outOfOrder", outOfOrder).append("reason", reason);
    }

    private Document item(AgendaItemId itemId) {
        return items().stream().filter(item -> item.getString("itemId").equals(itemId.value())).findFirst()
                      .orElseGet(Document::new);
    }

    private Document header() {
        return document.get("header", Document.class);
    }

    private Document agenda() {
        return document.get("agenda", Document.class);
    }

    private List<Document> items() {
        return agenda().getList("items", Document.class);
    }

    private Document presence() {
        return document.get("presence", Document.class);
    }

    private Document speakers() {
        return document.get("speakers", Document.class);
    }

    private List<Document> waiting() {
        return speakers().getList("waiting", Document.class);
    }

    private Document positions() {
        return document.get("positions", Document.class);
    }

    private List<Document> attending() {
        return document.getList("attending", Document.class);
    }

    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Document copy = new Document();
            map.forEach((key, entry) -> copy.put((String) key, copy(entry)));
            return copy;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(StoredBoard::copy).collect(java.util.stream.Collectors.toList());
        }
        return value;
    }

    private static String id(PersonId person) {
        return person == null ? null : person.value();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
