package org.yishi.web.search;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.proposal.Category;
import org.yishi.query.api.archive.ArchiveKind;
import org.yishi.query.api.archive.SearchResults;
import org.yishi.web.signin.YishiUser;

import java.util.Locale;

/**
 * The archive search page, open to anyone: a search box, filters, the counts by kind, category, status and
 * community (each a link that narrows the search), highlighted results and pages. A malformed search is shown on
 * the page with its reason, and nothing is searched.
 */
@Controller
class SearchPage {

    private final ArchiveSearches searches;

    SearchPage(ArchiveSearches searches) {
        this.searches = searches;
    }

    @GetMapping("/search")
    String search(SearchForm form, @AuthenticationPrincipal YishiUser user, Model model, Locale locale) {
        model.addAttribute("form", form).addAttribute("kinds", ArchiveKind.values())
             .addAttribute("categories", Category.values()).addAttribute("signedIn", user != null);
        try {
            SearchResults results = searches.search(form, user == null ? null : user.personId());
            model.addAttribute("results", results)
                 .addAttribute("pages", (int) Math.min((results.total() + results.pageSize() - 1) / results.pageSize(),
                                                       10_000 / results.pageSize()));
        } catch (Rejection rejection) {
            model.addAttribute("error", "en".equals(locale.getLanguage()) ? rejection.english() : rejection.chinese());
        }
        return "search";
    }
}
