package org.yishi.command.api.community;

/** {@code householdId} is null for a member who belongs to no household. */
public record MemberRegistered(CommunityId communityId, PersonId personId, String displayName,
                               HouseholdId householdId, PersonId registeredBy) {
}
