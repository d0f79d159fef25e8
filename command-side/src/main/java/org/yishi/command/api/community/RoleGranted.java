package org.yishi.command.api.community;

/** {@code stakeholderGroup} is set for a stakeholder representative and null otherwise. */
public record RoleGranted(CommunityId communityId, PersonId personId, Role role, StakeholderGroup stakeholderGroup,
                          PersonId grantedBy) {
}
