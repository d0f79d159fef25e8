package org.yishi.query.minutes;

import org.bson.Document;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.query.api.minutes.Minutes;
import org.yishi.query.motionrules.ResultDocuments;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Reads a stored minutes document back into the view, naming each person as their community registered them. */
final class MinutesReader {

    private final UnaryOperator<String> nameOf;
    private final Map<String, String> names = new HashMap<>();

    MinutesReader(UnaryOperator<String> nameOf) {
        this.nameOf = nameOf;
    }

    /** {@code votes}: the session's motions as stored, in the order they opened. */
    Minutes minutes(Document minutes, String communityName, List<Document> votes) {
        String moderator = minutes.getString("moderatorId");
        return new Minutes(minutes.getString("_id"), minutes.getString("communityId"), communityName,
                           minutes.getString("title"), minutes.getString("kind"), minutes.getString("format"),
                           minutes.getString("place"), instant(minutes, "startsAt"), instant(minutes, "openedAt"),
                           instant(minutes, "closedAt"), moderator == null ? null : name(moderator),
                           minutes.getString("ruleSetDescription"), minutes.getInteger("electorateSize"),
                           minutes.getInteger("required"),
                           minutes.getList("attendance", Document.class).stream().map(this::attendee).toList(),
                           minutes.getList("quorum", Document.class).stream().map(MinutesReader::quorum).toList(),
                           minutes.getList("items", Document.class).stream().map(item -> item(item, votes)).toList(),
                           notes(minutes.getList("sessionNotes", Document.class)),
                           minutes.get("position", Number.class).longValue());
    }

    private Minutes.Attendee attendee(Document attendee) {
        return new Minutes.Attendee(attendee.getString("personId"), name(attendee.getString("personId")),
                                    attendee.getString("method"), attendee.getBoolean("counts"),
                                    instant(attendee, "firstCheckedInAt"), instant(attendee, "leftAt"),
                                    attendee.getInteger("returns"));
    }

    private static Minutes.QuorumChange quorum(Document change) {
        return new Minutes.QuorumChange(change.getBoolean("reached"), change.getInteger("present"),
                                        change.getInteger("required"), instant(change, "at"));
    }

    private Minutes.MinutesItem item(Document item, List<Document> votes) {
        List<Document> positions = item.getList("positions", Document.class);
        return new Minutes.MinutesItem(
                item.getString("itemId"), item.getString("title"), item.getString("proposalId"),
                item.getString("status"), instant(item, "startedAt"), instant(item, "closedAt"),
                item.getList("speakers", Document.class).stream().map(turn -> new Minutes.Turn(
                        name(turn.getString("personId")), instant(turn, "from"), instant(turn, "to"),
                        turn.getBoolean("outOfOrder"), turn.getString("reason"), turn.getString("endReason")))
                    .toList(),
                positions.stream().map(stance -> new Minutes.StanceRecord(
                        name(stance.getString("personId")), stance.getString("stance"), stance.getString("reason"),
                        instant(stance, "at"))).toList(),
                count(positions, "SUPPORT"), count(positions, "OPPOSE"), count(positions, "CONCERN"),
                item.getString("outcome"), item.getString("outcomeText"),
                notes(item.getList("notes", Document.class)),
                votes.stream().filter(vote -> item.getString("itemId").equals(vote.getString("itemId")))
                     .map(MinutesReader::vote).toList());
    }

    private static Minutes.MinutesVote vote(Document vote) {
        return new Minutes.MinutesVote(vote.getString("_id"), vote.getString("question"),
                                       Method.valueOf(vote.getString("method")),
                                       Secrecy.valueOf(vote.getString("secrecy")), vote.getInteger("eligible"),
                                       instant(vote, "openedAt"),
                                       ResultDocuments.result(vote.get("result", Document.class)),
                                       vote.get("position", Number.class).longValue());
    }

    private List<Minutes.Note> notes(List<Document> notes) {
        return notes.stream().map(note -> new Minutes.Note(name(note.getString("authorId")), note.getString("text"),
                                                           instant(note, "at"))).toList();
    }

    private static int count(List<Document> positions, String stance) {
        return (int) positions.stream().filter(position -> stance.equals(position.getString("stance"))).count();
    }

    private String name(String personId) {
        return personId == null ? null : names.computeIfAbsent(personId, nameOf);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
