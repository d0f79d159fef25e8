package org.yishi.query.api.communitydirectory;

import java.util.List;

/**
 * The communities Yishi serves. {@code position} is the global position of the newest event the directory reflects,
 * so a reader can tell how fresh it is.
 */
public record CommunityDirectory(List<Entry> communities, long position) {

    public record Entry(String communityId, String name, String street, String district) {
    }
}
