package org.yishi.query.search;

import org.yishi.query.api.archive.SearchArchive;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may find a document, as one indexed term: everyone, the members of a community, its committee, or nobody yet
 * (a draft decision or an unscreened proposal the index keeps so that it can be completed when it is published).
 */
final class Audience {

    static final String EVERYONE = "everyone";
    static final String NOBODY = "nobody";

    private Audience() {
    }

    static String membersOf(String communityId) {
        return "members:" + communityId;
    }

    static String committeeOf(String communityId) {
        return "committee:" + communityId;
    }

    /** The audiences a reader belongs to: a committee member is a member of that community too. */
    static Set<String> of(SearchArchive.Reader reader) {
        Set<String> audiences = new LinkedHashSet<>();
        audiences.add(EVERYONE);
        reader.memberOf().forEach(community -> audiences.add(membersOf(community)));
        reader.committeeOf().forEach(community -> {
            audiences.add(membersOf(community));
            audiences.add(committeeOf(community));
        });
        return audiences;
    }
}
