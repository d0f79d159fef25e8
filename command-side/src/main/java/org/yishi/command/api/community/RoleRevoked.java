package org.yishi.command.api.community;

public record RoleRevoked(CommunityId communityId, PersonId personId, Role role, PersonId revokedBy) {
}
