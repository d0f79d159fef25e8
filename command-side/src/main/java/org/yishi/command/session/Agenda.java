package org.yishi.command.session;

import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The items of one session in their order, each waiting, running or done; at most one runs. */
final class Agenda {

    enum Stage { WAITING, RUNNING, DONE }

    /** {@code proposal} is null for an item added ad hoc. */
    record Item(ProposalId proposal, int speakingSeconds, Stage stage) {

        Item now(Stage next) {
            return new Item(proposal, speakingSeconds, next);
        }
    }

    private final Map<AgendaItemId, Item> items = new LinkedHashMap<>();
    private AgendaItemId running;

    Optional<Item> item(AgendaItemId id) {
        return Optional.ofNullable(items.get(id));
    }

    List<AgendaItemId> order() {
        return List.copyOf(items.keySet());
    }

    Optional<AgendaItemId> running() {
        return Optional.ofNullable(running);
    }

    boolean takesUp(ProposalId proposal) {
        return items.values().stream().anyMatch(item -> Objects.equals(item.proposal(), proposal));
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    void add(AgendaItemId id, Item item) {
        items.put(id, item);
    }

    void remove(AgendaItemId id) {
        items.remove(id);
    }

    void reorder(List<AgendaItemId> order) {
        Map<AgendaItemId, Item> reordered = new LinkedHashMap<>();
        order.forEach(id -> reordered.put(id, items.get(id)));
        items.clear();
        items.putAll(reordered);
    }

    void start(AgendaItemId id) {
        items.computeIfPresent(id, (key, item) -> item.now(Stage.RUNNING));
        running = id;
    }

    void close(AgendaItemId id) {
        items.computeIfPresent(id, (key, item) -> item.now(Stage.DONE));
        running = null;
    }
}
