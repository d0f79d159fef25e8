package org.yishi.command.session;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.command.text.CommandText;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the agenda may change and run: an item changes only before it starts; one item runs at a time, and only while
 * the session is open; only the running item closes, with its outcome; the session closes with no item running.
 */
final class AgendaRules {

    static final int MAX_OUTCOME_TEXT = 2000;

    private AgendaRules() {
    }

    static void checkNew(Agenda agenda, AgendaItemId id) {
        CommandText.present(id, "议程项编号", "An agenda item id");
        if (agenda.item(id).isPresent()) {
            throw new Rejection("议程项编号已被使用", "This agenda item id is already in use");
        }
    }

    /** Removing or editing: the item must be on the agenda and not started yet. */
    static void checkChangeable(Agenda agenda, AgendaItemId id) {
        if (known(agenda, id).stage() != Agenda.Stage.WAITING) {
            throw new Rejection("该议程项已开始，不能再更改", "This item has started and can no longer be changed");
        }
    }

    /** The new order lists every item once; an item that has started keeps its place. */
    static void checkReorder(Agenda agenda, List<AgendaItemId> order) {
        List<AgendaItemId> current = agenda.order();
        if (order == null || order.size() != current.size() || !new HashSet<>(order).equals(Set.copyOf(current))
            || new HashSet<>(order).size() != order.size()) {
            throw new Rejection("新的顺序须列出每个议程项，且每项只列一次",
                                "The new order must list every item on the agenda exactly once");
        }
        for (int i = 0; i < order.size(); i++) {
            AgendaItemId id = current.get(i);
            if (known(agenda, id).stage() != Agenda.Stage.WAITING && !order.get(i).equals(id)) {
                throw new Rejection("已开始的议程项不能调整顺序", "An item that has started keeps its place");
            }
        }
    }

    static void checkStart(SessionStatus status, Agenda agenda, AgendaItemId id) {
        if (status != SessionStatus.OPEN) {
            throw new Rejection("会议进行中才能开始议程项", "An item starts only while the session is in session");
        }
        if (agenda.running().isPresent()) {
            throw new Rejection("请先结束正在进行的议程项", "Close the running item first");
        }
        if (known(agenda, id).stage() != Agenda.Stage.WAITING) {
            throw new Rejection("该议程项已经进行过", "This item has already run");
        }
    }

    /** Returns the outcome text as stored: trimmed, null when none was given. */
    static String checkClose(SessionStatus status, Agenda agenda, AgendaItemId id, Outcome outcome, String text) {
        if (status != SessionStatus.OPEN) {
            throw new Rejection("会议进行中才能结束议程项", "An item closes only while the session is in session");
        }
        known(agenda, id);
        if (!agenda.running().map(id::equals).orElse(false)) {
            throw new Rejection("只能结束正在进行的议程项", "Only the running item can be closed");
        }
        CommandText.present(outcome, "议程项结果", "An outcome");
        String stored = CommandText.optional(text, MAX_OUTCOME_TEXT, "结果说明", "The outcome text");
        if (outcome == Outcome.RECOMMENDATION && stored == null) {
            throw new Rejection("形成建议须写明建议内容", "A recommendation needs its text");
        }
        return stored;
    }

    static void checkCloseSession(Agenda agenda) {
        if (agenda.running().isPresent()) {
            throw new Rejection("请先结束正在进行的议程项，再结束会议", "Close the running item before closing the session");
        }
    }

    private static Agenda.Item known(Agenda agenda, AgendaItemId id) {
        return agenda.item(CommandText.present(id, "议程项", "An agenda item"))
                     .orElseThrow(() -> new Rejection("议程中没有这一项", "There is no such item on the agenda"));
    }
}
