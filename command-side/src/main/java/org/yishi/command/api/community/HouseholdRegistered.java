package org.yishi.command.api.community;

/** {@code unit} is null for a building without units. */
public record HouseholdRegistered(CommunityId communityId, HouseholdId householdId, GroupId groupId, String building,
                                  String unit, String room, PersonId registeredBy) {
}
