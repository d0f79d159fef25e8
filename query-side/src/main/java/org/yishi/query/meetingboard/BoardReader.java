package org.yishi.query.meetingboard;

import org.bson.Document;
import org.yishi.query.api.meetingboard.Agenda;
import org.yishi.query.api.meetingboard.AgendaItem;
import org.yishi.query.api.meetingboard.BoardSections;
import org.yishi.query.api.meetingboard.Header;
import org.yishi.query.api.meetingboard.PositionReason;
import org.yishi.query.api.meetingboard.Positions;
import org.yishi.query.api.meetingboard.Presence;
import org.yishi.query.api.meetingboard.Speaker;
import org.yishi.query.api.meetingboard.Speakers;
import org.yishi.query.api.meetingboard.Vote;
import org.yishi.query.motionrules.ResultDocuments;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads stored sections back into the view, naming each person as their community registered them; a section missing
 * from the stored document (an update that did not change it) stays null. The names are read beforehand, all at once.
 */
final class BoardReader {

    private final Map<String, String> names;

    BoardReader(Map<String, String> names) {
        this.names = names;
    }

    /** Everyone the stored sections name, by id. */
    static Set<String> people(Object stored) {
        Set<String> people = new HashSet<>();
        collect(stored, people);
        return people;
    }

    private static void collect(Object stored, Set<String> people) {
        if (stored instanceof Document document) {
            document.forEach((field, value) -> {
                if ((field.equals("personId") || field.equals("moderatorId")) && value instanceof String person) {
                    people.add(person);
                } else {
                    collect(value, people);
                }
            });
        } else if (stored instanceof Collection<?> values) {
            values.forEach(value -> collect(value, people));
        }
    }

    BoardSections sections(Document stored) {
        return new BoardSections(header(stored.get("header", Document.class)),
                                 agenda(stored.get("agenda", Document.class)),
                                 presence(stored.get("presence", Document.class)),
                                 speakers(stored.get("speakers", Document.class)),
                                 positions(stored.get("positions", Document.class)),
                                 vote(stored.get("vote", Document.class)));
    }

    private Header header(Document header) {
        if (header == null) {
            return null;
        }
        String moderator = header.getString("moderatorId");
        return new Header(header.getString("communityId"), header.getString("title"), header.getString("kind"),
                          header.getString("format"), header.getString("status"), instant(header, "startsAt"),
                          header.getString("place"), moderator == null ? null : name(moderator),
                          header.getBoolean("publicBoard"), header.getBoolean("agendaPublished"),
                          header.getString("electorate"), header.getString("quorumRule"),
                          instant(header, "openedAt"), instant(header, "closedAt"));
    }

    private static Agenda agenda(Document agenda) {
        if (agenda == null) {
            return null;
        }
        return new Agenda(agenda.getList("items", Document.class).stream().map(item -> new AgendaItem(
                item.getString("itemId"), item.getString("title"), item.getString("proposalId"),
                item.getInteger("plannedMinutes"), item.getInteger("speakingSeconds"), item.getString("status"),
                instant(item, "startedAt"), instant(item, "closedAt"), item.getString("outcome"),
                item.getString("outcomeText"))).toList(), agenda.getString("currentItemId"));
    }

    private static Presence presence(Document presence) {
        if (presence == null) {
            return null;
        }
        return new Presence(presence.getString("electorate"), presence.getInteger("electorateSize"),
                            presence.getInteger("present"), presence.getInteger("required"),
                            presence.getBoolean("quorumReached"), presence.getInteger("attendees"),
                            presence.getInteger("inRoom"), presence.getInteger("online"));
    }

    private Speakers speakers(Document speakers) {
        if (speakers == null) {
            return null;
        }
        Document current = speakers.get("current", Document.class);
        return new Speakers(current == null ? null : speaker(current),
                            speakers.getList("waiting", Document.class).stream().map(this::speaker).toList());
    }

    private Speaker speaker(Document speaker) {
        return new Speaker(speaker.getString("personId"), name(speaker.getString("personId")),
                           instant(speaker, "since"), instant(speaker, "endsAt"), speaker.getBoolean("outOfOrder"),
                           speaker.getString("reason"));
    }

    private Positions positions(Document positions) {
        if (positions == null) {
            return null;
        }
        return new Positions(positions.getString("itemId"), positions.getInteger("support"),
                             positions.getInteger("oppose"), positions.getInteger("concern"),
                             positions.getList("latest", Document.class).stream().map(reason -> new PositionReason(
                                     name(reason.getString("personId")), reason.getString("stance"),
                                     reason.getString("reason"), instant(reason, "at"))).toList());
    }

    private static Vote vote(Document vote) {
        if (vote == null) {
            return null;
        }
        return new Vote(vote.getString("motionId"), vote.getString("itemId"), vote.getString("question"),
                        vote.getList("options", Document.class).stream().map(option -> new Vote.VoteOption(
                                option.getString("key"), option.getString("chinese"), option.getString("english")))
                            .toList(),
                        vote.getString("method"), vote.getString("secrecy"), vote.getString("unit"),
                        vote.getString("householdBallot"), vote.getBoolean("changeable"), instant(vote, "openedAt"),
                        instant(vote, "closesAt"), ResultDocuments.readWordings(vote.getList("rules", Document.class)),
                        vote.getInteger("eligible"), vote.getInteger("turnout"), vote.getString("status"),
                        ResultDocuments.result(vote.get("result", Document.class)));
    }

    private String name(String personId) {
        return names.getOrDefault(personId, personId);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
