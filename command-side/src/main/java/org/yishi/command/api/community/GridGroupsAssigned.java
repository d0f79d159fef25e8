package org.yishi.command.api.community;

import java.util.List;

/** The whole set of groups the grid worker covers from now on, sorted by id. */
public record GridGroupsAssigned(CommunityId communityId, PersonId personId, List<GroupId> groups,
                                 PersonId assignedBy) {
}
