package org.yishi.command.convention;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.PublishedClause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The clauses of the working text in order, with what the rules ask of them: that a clause exists, its wording. */
final class ClauseList {

    record Clause(String chapter, String text) {
    }

    private final List<ClauseId> order = new ArrayList<>();
    private final Map<ClauseId, Clause> clauses = new HashMap<>();

    boolean isEmpty() {
        return order.isEmpty();
    }

    boolean contains(ClauseId id) {
        return clauses.containsKey(id);
    }

    Clause get(ClauseId id) {
        Clause clause = clauses.get(id);
        if (clause == null) {
            throw new Rejection("公约中没有这一条款", "The convention has no such clause");
        }
        return clause;
    }

    /** Where a clause added after {@code after} (null: at the end) will stand. */
    int positionAfter(ClauseId after) {
        if (after == null) {
            return order.size();
        }
        get(after);
        return order.indexOf(after) + 1;
    }

    void add(ClauseId id, int position, String chapter, String text) {
        order.add(Math.min(position, order.size()), id);
        clauses.put(id, new Clause(chapter, text));
    }

    void edit(ClauseId id, String chapter, String text) {
        clauses.put(id, new Clause(chapter, text));
    }

    void remove(ClauseId id) {
        order.remove(id);
        clauses.remove(id);
    }

    /** A new order must name every clause exactly once. */
    void checkOrder(List<ClauseId> proposed) {
        if (proposed == null || proposed.size() != order.size() || !new HashSet<>(proposed).equals(clauses.keySet())) {
            throw new Rejection("新的顺序须包含每一条款且只出现一次", "The new order must name every clause exactly once");
        }
    }

    void reorder(List<ClauseId> proposed) {
        order.clear();
        order.addAll(proposed);
    }

    List<PublishedClause> published() {
        List<PublishedClause> text = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Clause clause = clauses.get(order.get(i));
            text.add(new PublishedClause(order.get(i), i + 1, clause.chapter(), clause.text()));
        }
        return text;
    }

    void replaceWith(List<PublishedClause> text) {
        order.clear();
        clauses.clear();
        for (PublishedClause clause : text) {
            order.add(clause.clauseId());
            clauses.put(clause.clauseId(), new Clause(clause.chapter(), clause.text()));
        }
    }
}
