package org.yishi.query.api.conventions;

import org.yishi.command.api.convention.ConventionStatus;
import org.yishi.command.api.decision.Visibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The answer to {@link FindConventions}; {@code position} is the newest event it reflects (-1 if none). */
public record ConventionList(List<Entry> conventions, long position) {

    /**
     * One convention: where it stands, the version in force ({@code inForce} 0 and {@code effectiveFrom} null when
     * none has been published) and who may read that version ({@code visibility} null until published).
     */
    public record Entry(String conventionId, String communityId, String title, ConventionStatus status,
                        int inForce, LocalDate effectiveFrom, Visibility visibility, int clauses,
                        Instant changedAt, long position) {
    }
}
