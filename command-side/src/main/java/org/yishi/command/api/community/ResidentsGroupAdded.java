package org.yishi.command.api.community;

public record ResidentsGroupAdded(CommunityId communityId, GroupId groupId, String name, PersonId addedBy) {
}
