package org.yishi.web.convention;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.conventions.CompareConventionTexts;
import org.yishi.query.api.conventions.ConventionDiff;
import org.yishi.query.api.conventions.ConventionList;
import org.yishi.query.api.conventions.ConventionPage;
import org.yishi.query.api.conventions.ConventionText;
import org.yishi.query.api.conventions.FindConvention;
import org.yishi.query.api.conventions.FindConventionText;
import org.yishi.query.api.conventions.FindConventions;
import org.yishi.web.community.Membership;
import org.yishi.web.signin.YishiUser;

import java.time.Instant;

/**
 * The convention API's reads. The drafting page, the text as of a date and the comparison of versions are for the
 * community's members; a published version's text is for everyone when it was published to everyone. They come from
 * projections and the event store and may lag a command by a moment.
 */
@RestController
class ConventionReads {

    private final QueryGateway queries;
    private final Membership membership;

    ConventionReads(QueryGateway queries, Membership membership) {
        this.queries = queries;
        this.membership = membership;
    }

    @GetMapping("/api/communities/{communityId}/conventions")
    ConventionList conventions(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user) {
        boolean member = membership.roles(communityId, viewer(user)).isPresent();
        return queries.query(new FindConventions(communityId, !member, !member), ConventionList.class).join();
    }

    @GetMapping("/api/conventions/{id}")
    ConventionPage convention(@PathVariable String id, @AuthenticationPrincipal YishiUser user) {
        ConventionPage page = page(id);
        requireMember(page, user);
        return page;
    }

    /** {@code version}: a published version; otherwise the text as it stood at {@code asOf} (absent: now). */
    @GetMapping("/api/conventions/{id}/text")
    ConventionText text(@PathVariable String id, @RequestParam(required = false) Integer version,
                        @RequestParam(required = false) Instant asOf, @AuthenticationPrincipal YishiUser user) {
        ConventionPage page = page(id);
        boolean openToAll = version != null && page.versions().stream()
                .anyMatch(published -> published.version() == version
                                       && published.visibility() == Visibility.PUBLIC);
        if (!openToAll) {
            requireMember(page, user);
        }
        return queries.query(new FindConventionText(id, version, asOf), ConventionText.class).join();
    }

    /** {@code to} 0 compares with the open draft. */
    @GetMapping("/api/conventions/{id}/diff")
    ConventionDiff diff(@PathVariable String id, @RequestParam int from, @RequestParam int to,
                        @AuthenticationPrincipal YishiUser user) {
        requireMember(page(id), user);
        return queries.query(new CompareConventionTexts(id, from, to), ConventionDiff.class).join();
    }

    private ConventionPage page(String id) {
        return queries.query(new FindConvention(id), ResponseTypes.optionalInstanceOf(ConventionPage.class)).join()
                      .orElseThrow(() -> new AggregateNotFoundException(id, "No convention " + id));
    }

    private void requireMember(ConventionPage page, YishiUser user) {
        if (membership.roles(page.communityId(), viewer(user)).isEmpty()) {
            throw new Unauthorized("只有本社区成员可以查看公约草案和修订记录",
                                   "Only members of the community may read a convention's drafts and history");
        }
    }

    private static PersonId viewer(YishiUser user) {
        return user == null ? null : user.personId();
    }
}
