package org.yishi.ops.search;

import org.yishi.query.api.archive.ArchiveKind;
import org.yishi.query.api.archive.SearchArchive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark's 200 queries, the same on every run: single subjects, two subjects together, a subject with a place
 * or a responsible party, short characters the segmenter splits badly, some English, half of them with a filter
 * (community, kind, category or a date range), one in five newest first; a reader who sits on three communities'
 * committees and is a member of seven more, so that the audience filter has work to do.
 */
final class BenchQueries {

    static final int COUNT = 200;

    private static final List<String> EXTRA = List.of("物业公司", "中心广场", "地下车库", "维修基金", "整改", "公示",
                                                      "志愿者", "劝导", "狗", "电梯", "九点", "充电");
    private static final List<String> ENGLISH = List.of("parking", "noise", "elevator", "dog");

    static SearchArchive.Reader reader() {
        return new SearchArchive.Reader(Set.of(Agreements.community(3), Agreements.community(4),
                                               Agreements.community(5), Agreements.community(6),
                                               Agreements.community(7), Agreements.community(8),
                                               Agreements.community(9)),
                                        Set.of(Agreements.community(0), Agreements.community(1),
                                               Agreements.community(2)));
    }

    static List<SearchArchive> all() {
        Random random = new Random(200L);
        List<String> subjects = new ArrayList<>();
        Agreements.TOPICS.forEach(topic -> subjects.addAll(topic.subjects()));
        List<SearchArchive> queries = new ArrayList<>();
        SearchArchive.Reader reader = reader();
        for (int i = 0; i < COUNT; i++) {
            String text = switch (i % 5) {
                case 0, 1 -> pick(random, subjects);
                case 2 -> pick(random, subjects) + " " + pick(random, subjects);
                case 3 -> pick(random, subjects) + " " + pick(random, EXTRA);
                default -> i % 20 == 4 ? pick(random, ENGLISH) : pick(random, EXTRA);
            };
            String community = null;
            Set<ArchiveKind> kinds = Set.of();
            String category = null;
            LocalDate from = null;
            LocalDate to = null;
            switch (i % 8) {
                case 1 -> community = Agreements.community(random.nextInt(Agreements.COMMUNITIES));
                case 3 -> kinds = Set.of(random.nextBoolean() ? ArchiveKind.DECISION : ArchiveKind.CONVENTION);
                case 5 -> category = Agreements.TOPICS.get(random.nextInt(Agreements.TOPICS.size())).category().name();
                case 7 -> {
                    from = LocalDate.of(2021 + random.nextInt(4), 1 + random.nextInt(12), 1);
                    to = from.plusMonths(6);
                }
                default -> {
                    // no filter
                }
            }
            SearchArchive.Order order = i % 5 == 4 ? SearchArchive.Order.NEWEST : SearchArchive.Order.RELEVANCE;
            queries.add(new SearchArchive(text, community, kinds, category, null, from, to, order, 0, 20, reader));
        }
        return queries;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
