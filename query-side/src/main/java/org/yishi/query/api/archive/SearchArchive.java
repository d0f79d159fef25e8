package org.yishi.query.api.archive;

import java.time.LocalDate;
import java.util.Set;

/**
 * A full-text search of the archive (Chinese and English). {@code text} may be blank (everything that matches the
 * filters). Filters, each null or empty for no filter: {@code communityId}, {@code kinds}, {@code category} (a
 * proposal {@code Category} name), {@code status} (the document's status name), and the document's date from {@code
 * from} to {@code to} inclusive. {@code page} counts from 0. {@code reader} says what the asker may find: the
 * projection applies it, so no result, snippet or count reaches a reader who may not see it.
 */
public record SearchArchive(String text, String communityId, Set<ArchiveKind> kinds, String category, String status,
                            LocalDate from, LocalDate to, Order order, int page, int pageSize, Reader reader) {

    /** Best match first, or newest first. */
    public enum Order {
        RELEVANCE, NEWEST
    }

    /**
     * Who is searching: the communities whose members' documents they may read ({@code memberOf}) and those where
     * they sit on the committee ({@code committeeOf}). A reader who is not signed in has both empty and finds only
     * what was published to everyone.
     */
    public record Reader(Set<String> memberOf, Set<String> committeeOf) {

        public static Reader anonymous() {
            return new Reader(Set.of(), Set.of());
        }
    }
}
