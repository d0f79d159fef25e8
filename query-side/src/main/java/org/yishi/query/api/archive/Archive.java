package org.yishi.query.api.archive;

import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.Visibility;

import java.time.Instant;
import java.util.List;

/** The answer to {@link FindArchive}; {@code position} is the newest event it reflects (-1 if none). */
public record Archive(List<Entry> decisions, long position) {

    /** One published decision as approved, with who may read it and what it came from (null where none). */
    public record Entry(String decisionId, String communityId, String title, String text, DecisionSource source,
                        Visibility visibility, Instant publishedAt, String proposalId, String sessionId,
                        String motionId, long position) {
    }
}
