package org.yishi.query.api.conventions;

import java.util.List;

/**
 * Two texts compared clause by clause (matched by clause id, in the order of the newer text, removed clauses where
 * they stood) and within each clause character by character, since Chinese has no spaces between words.
 */
public record ConventionDiff(String conventionId, int from, int to, List<Segment> title, List<Segment> preamble,
                             List<ClauseDiff> clauses) {

    /** What happened to a clause between the two texts. */
    public enum Change {
        UNCHANGED, CHANGED, ADDED, REMOVED, MOVED
    }

    /** One clause's comparison; a number is null where the clause is absent from that text. */
    public record ClauseDiff(String clauseId, Integer fromNumber, Integer toNumber, Change change,
                             List<Segment> chapter, List<Segment> text) {
    }

    /** A run of characters kept, inserted or deleted. */
    public record Segment(Kind kind, String text) {

        public enum Kind {
            EQUAL, INSERT, DELETE
        }
    }
}
