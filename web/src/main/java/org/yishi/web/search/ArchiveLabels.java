package org.yishi.web.search;

import org.springframework.stereotype.Component;
import org.yishi.command.api.proposal.Category;
import org.yishi.query.api.archive.ArchiveKind;
import org.yishi.query.api.archive.SearchResults;

import java.util.Locale;
import java.util.Map;

/**
 * The reader's words for what the index stores as names: kinds, categories and statuses, in Chinese or English, and
 * where each kind of document is read. Pages use it as {@code @archiveLabels}.
 */
@Component("archiveLabels")
public class ArchiveLabels {

    private static final Map<String, String[]> STATUSES = Map.of(
            "PUBLISHED", new String[] {"已公布", "published"},
            "IN_FORCE", new String[] {"现行有效", "in force"},
            "SUPERSEDED", new String[] {"已被新版本取代", "superseded"},
            "REPEALED", new String[] {"已废止", "repealed"},
            "CLOSED", new String[] {"已结束", "closed"},
            "ACCEPTED", new String[] {"已受理", "accepted"},
            "DECLINED", new String[] {"未受理", "declined"},
            "WITHDRAWN", new String[] {"已撤回", "withdrawn"},
            "MERGED", new String[] {"已合并", "merged"});

    public String kind(String name, Locale locale) {
        ArchiveKind kind = ArchiveKind.valueOf(name);
        return english(locale) ? kind.english() : kind.chinese();
    }

    public String category(String name, Locale locale) {
        if (name == null) {
            return "";
        }
        Category category = Category.valueOf(name);
        return english(locale) ? category.english() : category.chinese();
    }

    public String status(String name, Locale locale) {
        String[] words = STATUSES.get(name);
        return words == null ? name : words[english(locale) ? 1 : 0];
    }


    /** The page that shows a found document. */
    public String link(SearchResults.Hit hit) {
        return switch (hit.kind()) {
            case DECISION -> "/decisions/" + hit.sourceId();
            case CONVENTION -> "/conventions/" + hit.sourceId() + "/versions/" + hit.version();
            case MINUTES -> "/sessions/" + hit.sourceId() + "/minutes";
            case PROPOSAL -> "/proposals/" + hit.sourceId();
        };
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
