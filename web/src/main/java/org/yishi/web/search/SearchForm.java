package org.yishi.web.search;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.proposal.Category;
import org.yishi.query.api.archive.ArchiveKind;
import org.yishi.query.api.archive.SearchArchive;

import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A search as the reader's browser sends it, every parameter optional: {@code q}, {@code community}, {@code kind}
 * (repeated, {@code decision}, {@code convention}, {@code minutes}, {@code proposal}), {@code category} (a proposal
 * category such as {@code NOISE}), {@code status}, {@code from} and {@code to} (dates, {@code 2026-05-01}), {@code
 * sort} ({@code relevance} or {@code newest}), {@code page} (from 0) and {@code size}. Anything malformed is refused
 * with a message in Chinese and English.
 */
public record SearchForm(String q, String community, List<String> kind, String category, String status, String from,
                  String to, String sort, String page, String size) {

    static final int MAX_TEXT = 200;
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    SearchArchive toSearch(SearchArchive.Reader reader) {
        String text = q == null ? "" : q.strip();
        if (text.length() > MAX_TEXT) {
            throw new Rejection("搜索内容最多 " + MAX_TEXT + " 个字", "A search is at most " + MAX_TEXT + " characters");
        }
        LocalDate fromDate = date(from, "起始日期", "from");
        LocalDate toDate = date(to, "截止日期", "to");
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new Rejection("起始日期不能晚于截止日期", "The from date cannot be after the to date");
        }
        int pageNumber = number(page, 0, "页码", "page");
        int pageSize = number(size, DEFAULT_SIZE, "每页条数", "page size");
        if (pageNumber < 0) {
            throw new Rejection("页码不能为负数", "The page cannot be negative");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new Rejection("每页条数须在 1 到 " + MAX_SIZE + " 之间", "The page size is 1 to " + MAX_SIZE);
        }
        if ((long) (pageNumber + 1) * pageSize > 10_000) {
            throw new Rejection("只能翻到前一万条结果，请缩小搜索范围", "Only the first 10,000 results can be paged to; narrow "
                                                                 + "the search");
        }
        return new SearchArchive(text, blankToNull(community), kinds(), categoryName(), blankToNull(status), fromDate,
                                 toDate, order(), pageNumber, pageSize, reader);
    }

    private Set<ArchiveKind> kinds() {
        Set<ArchiveKind> kinds = EnumSet.noneOf(ArchiveKind.class);
        if (kind != null) {
            for (String value : kind) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                try {
                    kinds.add(ArchiveKind.valueOf(value.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new Rejection("没有这种档案类型：" + value + "（可选 decision、convention、minutes、proposal）",
                                        "No such kind: " + value + " (decision, convention, minutes or proposal)");
                }
            }
        }
        return kinds;
    }

    private String categoryName() {
        String value = blankToNull(category);
        if (value == null) {
            return null;
        }
        try {
            return Category.valueOf(value.toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new Rejection("没有这种类别：" + value, "No such category: " + value);
        }
    }

    private SearchArchive.Order order() {
        if (sort == null || sort.isBlank() || sort.equalsIgnoreCase("relevance")) {
            return SearchArchive.Order.RELEVANCE;
        }
        if (sort.equalsIgnoreCase("newest")) {
            return SearchArchive.Order.NEWEST;
        }
        throw new Rejection("排序只能是 relevance（相关度）或 newest（最新）", "Sort is relevance or newest");
    }

    private static LocalDate date(String value, String chinese, String english) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Rejection(chinese + "格式应为 2026-05-01：" + value,
                                "The " + english + " date is written 2026-05-01: " + value);
        }
    }

    private static int number(String value, int absent, String chinese, String english) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new Rejection(chinese + "应为整数：" + value, "The " + english + " is a whole number: " + value);
        }
    }

    /**
     * The search page's address for this search with {@code name} set to {@code value} (no value: the parameter
     * removed); any change but of the page starts again at the first page.
     */
    public String link(String name, String value) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("q", single(q));
        parameters.put("community", single(community));
        parameters.put("kind", kind == null ? List.of() : kind.stream().filter(k -> k != null && !k.isBlank()).toList());
        parameters.put("category", single(category));
        parameters.put("status", single(status));
        parameters.put("from", single(from));
        parameters.put("to", single(to));
        parameters.put("sort", single(sort));
        parameters.put("size", single(size));
        parameters.put("page", List.of());
        if (name.equals("page")) {
            parameters.put("page", single(value));
        } else {
            parameters.put(name, single(value));
        }
        parameters.forEach((parameter, values) -> values.forEach(v -> uri.queryParam(parameter, v)));
        return uri.encode().build().toUriString();
    }

    /** The same search as a CSV file. */
    public String csvLink() {
        return "/search.csv" + link("page", null).substring("/search".length());
    }

    private static List<String> single(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    /** The same search at another page of another size. */
    SearchForm at(int newPage, int newSize) {
        return new SearchForm(q, community, kind, category, status, from, to, sort, Integer.toString(newPage),
                              Integer.toString(newSize));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
