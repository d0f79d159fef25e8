package org.yishi.query.search;

import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.AgendaItemRemoved;
import org.yishi.command.api.session.MinutesNoteAdded;
import org.yishi.command.api.session.PositionRecorded;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.query.views.StoredStream.Stamped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The searchable text of a closed session's minutes, folded from the session's stream: its kind, place and title, and
 * for each agenda item its title, the reasons given with positions, the moderator's notes and the outcome. Who spoke
 * and who is present are left to the minutes page: the index holds what was said, not who said it.
 */
final class MinutesText {

    /** What the index keeps of a session's minutes; {@code communityId} is null if the stream holds no scheduling. */
    record Text(String communityId, String title, String body) {
    }

    private MinutesText() {
    }

    static Text of(List<Stamped> stream) {
        SessionScheduled scheduled = null;
        Map<AgendaItemId, List<String>> items = new LinkedHashMap<>();
        List<String> sessionNotes = new ArrayList<>();
        for (Stamped stamped : stream) {
            Object event = stamped.payload();
            if (event instanceof SessionScheduled s) {
                scheduled = s;
            } else if (event instanceof AgendaItemAdded added) {
                items.computeIfAbsent(added.itemId(), id -> new ArrayList<>()).add("议程：" + added.title());
            } else if (event instanceof AgendaItemRemoved removed) {
                items.remove(removed.itemId());
            } else if (event instanceof PositionRecorded position && position.reason() != null
                       && !position.reason().isBlank() && items.containsKey(position.itemId())) {
                items.get(position.itemId()).add(position.stance().chinese() + "：" + position.reason());
            } else if (event instanceof MinutesNoteAdded note) {
                if (note.itemId() != null && items.containsKey(note.itemId())) {
                    items.get(note.itemId()).add("纪要：" + note.text());
                } else {
                    sessionNotes.add("纪要：" + note.text());
                }
            } else if (event instanceof AgendaItemClosed closed && items.containsKey(closed.itemId())) {
                items.get(closed.itemId()).add("结果：" + closed.outcome().chinese()
                                               + (closed.text() == null || closed.text().isBlank()
                                                  ? "" : "，" + closed.text()));
            }
        }
        if (scheduled == null) {
            return new Text(null, "", "");
        }
        StringBuilder body = new StringBuilder(scheduled.kind().chinese()).append("，")
                .append(scheduled.place() == null ? "" : scheduled.place()).append("。");
        items.values().forEach(lines -> body.append('\n').append(String.join("\n", lines)));
        sessionNotes.forEach(note -> body.append('\n').append(note));
        return new Text(scheduled.communityId().value(), scheduled.title(), body.toString());
    }
}
