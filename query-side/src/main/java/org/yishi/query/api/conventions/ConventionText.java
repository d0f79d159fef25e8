package org.yishi.query.api.conventions;

import org.yishi.command.api.convention.ConventionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to {@link FindConventionText}: where the convention stood ({@code status} at that moment), the version
 * in force then ({@code inForce}, null if none) and the draft open then ({@code draft}, null if none), for a given
 * version only {@code inForce}. {@code position} is the global position of the newest event taken into account.
 */
public record ConventionText(String conventionId, Instant asOf, ConventionStatus status, Text inForce, Text draft,
                             long position) {

    /**
     * One text: a published version ({@code published} true, with its effective date) or a draft of {@code
     * version}.
     */
    public record Text(int version, boolean published, LocalDate effectiveFrom, String title, String preamble,
                       List<TextClause> clauses) {
    }

    /** A clause of a text, numbered from 1 in order. */
    public record TextClause(String clauseId, int number, String chapter, String text) {
    }
}
