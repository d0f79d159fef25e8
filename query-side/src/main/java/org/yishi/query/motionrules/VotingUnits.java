package org.yishi.query.motionrules;

import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.VotingUnit;

/**
 * Whose vote a ballot is: the voter's own, or under one vote per household their household's (a voter without a
 * household is a unit of their own). The key names the unit in a view's document ids.
 */
public final class VotingUnits {

    private VotingUnits() {
    }

    public static String key(VotingUnit unit, PersonId voter, HouseholdId household) {
        return unit == VotingUnit.HOUSEHOLD && household != null ? "h:" + household.value() : "p:" + voter.value();
    }
}
