package org.yishi.query.api.archive;

import java.time.Instant;
import java.util.List;

/**
 * One page of results of a {@link SearchArchive}: {@code total} matches in all, the counts of all matches by facet
 * (kind, category, status, community), and {@code position}, the newest event the index reflects.
 */
public record SearchResults(List<Hit> hits, long total, int page, int pageSize, Facets facets, long position) {

    /**
     * One matching document: which agreement ({@code sourceId}: the decision, convention, session or proposal id;
     * {@code version} for a convention version, else 0), its title, and a snippet of the text around the match, as
     * HTML that is escaped except for {@code <mark>} around the matched terms.
     */
    public record Hit(String documentId, ArchiveKind kind, String sourceId, int version, String communityId,
                      String title, String snippet, String category, String status, Instant date, float score) {
    }

    /** Counts of the matching documents by each facet's value, the largest first. */
    public record Facets(List<Count> kinds, List<Count> categories, List<Count> statuses, List<Count> communities) {
    }

    /** One facet value and how many matching documents have it. */
    public record Count(String value, long count) {
    }
}
