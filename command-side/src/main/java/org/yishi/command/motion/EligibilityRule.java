package org.yishi.command.motion;

import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.community.Standing;

import java.util.Optional;
import java.util.Set;

/**
 * Who may vote on a motion, from their standing when it opens. Residents by the electorate type: every verified
 * resident, the verified residents of a household (one of whom speaks for it under one vote per household), or the
 * residents' group representatives. A stakeholder representative votes for their group only when the motion lets
 * that group vote; someone who is also a verified resident votes as a resident.
 */
record EligibilityRule(ElectorateType type, Set<StakeholderGroup> stakeholderGroups) {

    EligibilityRule {
        stakeholderGroups = Set.copyOf(stakeholderGroups);
    }

    /** Empty for someone who may not vote on this motion. */
    Optional<Voter> voter(PersonId person, Standing standing) {
        if (!standing.member()) {
            return Optional.empty();
        }
        boolean household = standing.actsAs(Role.HOUSEHOLD_REPRESENTATIVE);
        if (asResident(standing)) {
            return Optional.of(new Voter(person, standing.household(), household, null));
        }
        if (standing.actsAs(Role.STAKEHOLDER_REPRESENTATIVE) && stakeholderGroups.contains(standing.stakeholderGroup())) {
            return Optional.of(new Voter(person, standing.household(), household, standing.stakeholderGroup()));
        }
        return Optional.empty();
    }

    private boolean asResident(Standing standing) {
        return switch (type) {
            case ADULT_RESIDENTS -> standing.verifiedResident();
            case HOUSEHOLDS -> standing.verifiedResident() && standing.household() != null;
            case GROUP_REPRESENTATIVES -> standing.actsAs(Role.GROUP_REPRESENTATIVE);
        };
    }
}
