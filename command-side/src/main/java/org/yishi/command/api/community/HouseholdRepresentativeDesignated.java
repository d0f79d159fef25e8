package org.yishi.command.api.community;

/**
 * From this event on {@code personId} holds {@link Role#HOUSEHOLD_REPRESENTATIVE} for the household, and
 * {@code replaced} (null if the household had no representative) no longer does: a household has one.
 */
public record HouseholdRepresentativeDesignated(CommunityId communityId, HouseholdId householdId, PersonId personId,
                                                PersonId replaced, PersonId designatedBy) {
}
