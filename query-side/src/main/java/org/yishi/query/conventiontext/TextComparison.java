package org.yishi.query.conventiontext;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.yishi.query.api.conventions.ConventionDiff;
import org.yishi.query.api.conventions.ConventionDiff.Change;
import org.yishi.query.api.conventions.ConventionDiff.ClauseDiff;
import org.yishi.query.api.conventions.ConventionDiff.Segment;
import org.yishi.query.api.conventions.ConventionText.Text;
import org.yishi.query.api.conventions.ConventionText.TextClause;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two texts compared clause by clause, matched by clause id, and within a clause character by character: Chinese has
 * no spaces, so a word-level diff would see whole sentences change.
 */
final class TextComparison {

    private TextComparison() {
    }

    static ConventionDiff compare(String conventionId, int fromVersion, int toVersion, Text from, Text to) {
        Map<String, TextClause> before = from.clauses().stream()
                .collect(Collectors.toMap(TextClause::clauseId, Function.identity()));
        Map<String, TextClause> after = to.clauses().stream()
                .collect(Collectors.toMap(TextClause::clauseId, Function.identity()));
        List<String> keptBefore = from.clauses().stream().map(TextClause::clauseId).filter(after::containsKey).toList();
        List<String> keptAfter = to.clauses().stream().map(TextClause::clauseId).filter(before::containsKey).toList();
        List<ClauseDiff> clauses = new ArrayList<>();
        // Removed clauses stand where they stood: before the first newer clause that followed them in the older text.
        int older = 0;
        for (TextClause clause : to.clauses()) {
            TextClause was = before.get(clause.clauseId());
            if (was != null) {
                while (older < from.clauses().size() && from.clauses().get(older).number() < was.number()) {
                    removed(from.clauses().get(older++), after, clauses);
                }
                older = Math.max(older, was.number());
                boolean same = Objects.equals(was.text(), clause.text())
                        && Objects.equals(was.chapter(), clause.chapter());
                boolean moved = keptBefore.indexOf(clause.clauseId()) != keptAfter.indexOf(clause.clauseId());
                Change change = !same ? Change.CHANGED : moved ? Change.MOVED : Change.UNCHANGED;
                clauses.add(new ClauseDiff(clause.clauseId(), was.number(), clause.number(), change,
                                           characters(was.chapter(), clause.chapter()),
                                           characters(was.text(), clause.text())));
            } else {
                clauses.add(new ClauseDiff(clause.clauseId(), null, clause.number(), Change.ADDED,
                                           characters(null, clause.chapter()), characters(null, clause.text())));
            }
        }
        while (older < from.clauses().size()) {
            removed(from.clauses().get(older++), after, clauses);
        }
        return new ConventionDiff(conventionId, fromVersion, toVersion, characters(from.title(), to.title()),
                                  characters(from.preamble(), to.preamble()), clauses);
    }

    private static void removed(TextClause clause, Map<String, TextClause> after, List<ClauseDiff> clauses) {
        if (!after.containsKey(clause.clauseId())) {
            clauses.add(new ClauseDiff(clause.clauseId(), clause.number(), null, Change.REMOVED,
                                       characters(clause.chapter(), null), characters(clause.text(), null)));
        }
    }

    /** Runs of kept, deleted and inserted characters turning {@code from} into {@code to} (null counts as empty). */
    static List<Segment> characters(String from, String to) {
        List<String> source = codePoints(from);
        List<String> target = codePoints(to);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(source, target).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Segment.Kind.EQUAL, source.subList(at, start));
            add(segments, Segment.Kind.DELETE, delta.getSource().getLines());
            add(segments, Segment.Kind.INSERT, delta.getTarget().getLines());
            at = start + delta.getSource().size();
        }
        add(segments, Segment.Kind.EQUAL, source.subList(at, source.size()));
        return List.copyOf(segments);
    }

    private static List<String> codePoints(String text) {
        return text == null ? List.of()
                : text.codePoints().mapToObj(Character::toString).toList();
    }

    private static void add(List<Segment> segments, Segment.Kind kind, List<String> characters) {
        if (characters.isEmpty()) {
            return;
        }
        String text = String.join("", characters);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
