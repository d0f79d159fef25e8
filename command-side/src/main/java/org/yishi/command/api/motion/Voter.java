package org.yishi.command.api.motion;

import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;

/**
 * One person on a motion's roll, as they stood when the vote opened: their household (null without one), whether they
 * were its designated representative, and the stakeholder group they vote for (null for a resident).
 */
public record Voter(PersonId person, HouseholdId household, boolean householdRepresentative,
                    StakeholderGroup stakeholderGroup) {
}
