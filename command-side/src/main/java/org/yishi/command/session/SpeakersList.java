package org.yishi.command.session;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.session.AgendaItemId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The speakers list of the running item: who waits, in the order they asked, and whose turn it is. The floor goes to
 * the first in line; anyone else, on the list or not, gets it only with a reason the minutes can show.
 */
final class SpeakersList {

    /** One speaker's turn, identified by when it was given, so that a late deadline cannot end a later turn. */
    record Turn(AgendaItemId item, PersonId speaker, Instant givenAt, Instant endsAt) {
    }

    private final List<PersonId> waiting = new ArrayList<>();
    private Turn turn;

    boolean isWaiting(PersonId person) {
        return waiting.contains(person);
    }

    Optional<Turn> turn() {
        return Optional.ofNullable(turn);
    }

    boolean isSpeaking(PersonId person) {
        return turn != null && turn.speaker().equals(person);
    }

    /** Whether giving {@code speaker} the floor breaks the order; refuses it when that needs a reason and has none. */
    boolean checkGive(PersonId speaker, String reason) {
        if (turn != null) {
            throw new Rejection("请先结束当前的发言", "End the current turn first");
        }
        boolean inOrder = !waiting.isEmpty() && waiting.get(0).equals(speaker);
        if (!inOrder && reason == null) {
            if (waiting.contains(speaker)) {
                throw new Rejection("不按发言顺序安排发言须说明理由", "Giving the floor out of order needs a reason");
            }
            throw new Rejection("让不在发言名单上的人发言须说明理由",
                                "Giving the floor to someone not on the speakers list needs a reason");
        }
        return !inOrder;
    }

    void request(PersonId person) {
        waiting.add(person);
    }

    void withdraw(PersonId person) {
        waiting.remove(person);
    }

    void give(Turn given) {
        waiting.remove(given.speaker());
        turn = given;
    }

    void endTurn() {
        turn = null;
    }

    void clear() {
        waiting.clear();
        turn = null;
    }
}
