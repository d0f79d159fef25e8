package org.yishi.web.search;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.query.api.archive.SearchArchive;
import org.yishi.query.api.archive.SearchResults;
import org.yishi.web.pages.Csv;
import org.yishi.web.signin.YishiUser;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The archive search as JSON and as a CSV file of its results, open without a sign-in: a stranger finds what was
 * published to everyone, a member also what their community published to its members, the committee also minutes
 * and screened proposals ({@link ArchiveSearches}).
 */
@RestController
class SearchController {

    /** The most rows a CSV holds: a larger export is a narrower search. */
    static final int CSV_ROWS = 2_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("Asia/Shanghai"));

    private final ArchiveSearches searches;
    private final ArchiveLabels labels;

    SearchController(ArchiveSearches searches, ArchiveLabels labels) {
        this.searches = searches;
        this.labels = labels;
    }

    @GetMapping("/api/search")
    SearchResults search(SearchForm form, @AuthenticationPrincipal YishiUser user) {
        return searches.search(form, user == null ? null : user.personId());
    }

    /** Every result of the search, up to {@link #CSV_ROWS}, in the search's order, with a byte order mark for Excel. */
    @GetMapping(path = "/search.csv", produces = "text/csv")
    ResponseEntity<String> csv(SearchForm form, @AuthenticationPrincipal YishiUser user, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        StringBuilder csv = new StringBuilder("\uFEFF");
        Csv.row(csv, en ? new String[] {"kind", "title", "community", "category", "status", "date", "version", "link"}
                        : new String[] {"类型", "标题", "社区", "类别", "状态", "日期", "版本", "链接"});
        int pageSize = SearchForm.MAX_SIZE;
        SearchArchive.Reader reader = searches.reader(user == null ? null : user.personId());
        for (int page = 0; page * pageSize < CSV_ROWS; page++) {
            SearchResults results = searches.search(form.at(page, pageSize), reader);
            for (SearchResults.Hit hit : results.hits()) {
                Csv.row(csv, labels.kind(hit.kind().name(), locale), hit.title(), hit.communityId(),
                        labels.category(hit.category(), locale), labels.status(hit.status(), locale),
                        DAY.format(hit.date()), hit.version() == 0 ? "" : "v" + hit.version(), labels.link(hit));
            }
            if ((long) (page + 1) * pageSize >= results.total()) {
                break;
            }
        }
        return ResponseEntity.ok()
                             .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                             .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                     .filename("yishi-search.csv", StandardCharsets.UTF_8).build().toString())
                             .body(csv.toString());
    }
}
