package org.yishi.command.api.community;

public record ResidentVerified(CommunityId communityId, PersonId personId, PersonId verifiedBy) {
}
