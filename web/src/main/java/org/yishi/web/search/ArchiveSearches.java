package org.yishi.web.search;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.query.api.archive.SearchArchive;
import org.yishi.query.api.archive.SearchResults;
import org.yishi.query.api.communitydirectory.CommunityDirectory;
import org.yishi.query.api.communitydirectory.FindCommunities;
import org.yishi.web.community.Membership;
import org.yishi.web.observability.SearchMetrics;

import java.util.HashSet;
import java.util.Set;

/**
 * Searches the archive for a reader: who they are decides what they may find (members read what their community
 * published to its members; the committee and the party secretary also find minutes and screened proposals), and each
 * search is timed as {@code yishi.search}.
 */
@Component
class ArchiveSearches {

    private final QueryGateway queries;
    private final Membership membership;
    private final SearchMetrics metrics;

    ArchiveSearches(QueryGateway queries, Membership membership, SearchMetrics metrics) {
        this.queries = queries;
        this.membership = membership;
        this.metrics = metrics;
    }

    SearchResults search(SearchForm form, PersonId reader) {
        return search(form, reader(reader));
    }

    /** For several pages of one search: the reader's communities are looked up once, by {@link #reader}. */
    SearchResults search(SearchForm form, SearchArchive.Reader reader) {
        SearchArchive search = form.toSearch(reader);
        return metrics.time(() -> queries.query(search, SearchResults.class).join());
    }

    SearchArchive.Reader reader(PersonId person) {
        if (person == null) {
            return SearchArchive.Reader.anonymous();
        }
        Set<String> members = new HashSet<>();
        Set<String> committees = new HashSet<>();
        CommunityDirectory directory = queries.query(new FindCommunities(), CommunityDirectory.class).join();
        for (CommunityDirectory.Entry community : directory.communities()) {
            String id = community.communityId();
            membership.roles(id, person).ifPresent(roles -> {
                members.add(id);
                if (roles.contains(Role.COMMITTEE_MEMBER) || roles.contains(Role.PARTY_SECRETARY)) {
                    committees.add(id);
                }
            });
        }
        return new SearchArchive.Reader(members, committees);
    }
}
