package org.yishi.command.motion;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.community.Standing;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.motion.Hall.GROUP_1;
import static org.yishi.command.motion.Hall.HOUSEHOLD_1;
import static org.yishi.command.motion.Hall.LI;
import static org.yishi.command.motion.Hall.MERCHANT;
import static org.yishi.command.motion.Hall.NEWCOMER;
import static org.yishi.command.motion.Hall.OUTSIDER;
import static org.yishi.command.motion.Hall.PROPERTY;
import static org.yishi.command.motion.Hall.SUN;
import static org.yishi.command.motion.Hall.ZHANG;

class EligibilityRuleTest {

    private static final Registers PEOPLE = Hall.registers();

    private static Standing of(org.yishi.command.api.community.PersonId person) {
        return PEOPLE.standing(Hall.JINYUAN, person);
    }

    private static EligibilityRule residents(StakeholderGroup... groups) {
        return new EligibilityRule(ElectorateType.ADULT_RESIDENTS, Set.of(groups));
    }

    @Test
    void aVerifiedResidentVotesWithTheirHouseholdAndWhetherTheyRepresentIt() {
        assertThat(residents().voter(LI, of(LI))).contains(new Voter(LI, HOUSEHOLD_1, true, null));
        assertThat(residents().voter(ZHANG, of(ZHANG))).contains(new Voter(ZHANG, HOUSEHOLD_1, false, null));
    }

    @Test
    void anUnverifiedResidentDoesNotVote() {
        assertThat(residents().voter(NEWCOMER, of(NEWCOMER))).isEmpty();
    }

    @Test
    void aStrangerDoesNotVote() {
        assertThat(residents(StakeholderGroup.MERCHANT).voter(OUTSIDER, Standing.STRANGER)).isEmpty();
    }

    @Test
    void aStakeholderRepresentativeVotesOnlyForAGroupTheMotionLetsVote() {
        EligibilityRule squareConvention = residents(StakeholderGroup.MERCHANT);

        assertThat(squareConvention.voter(MERCHANT, of(MERCHANT)))
                .contains(new Voter(MERCHANT, null, false, StakeholderGroup.MERCHANT));
        assertThat(squareConvention.voter(PROPERTY, of(PROPERTY))).isEmpty();
        assertThat(residents().voter(MERCHANT, of(MERCHANT))).isEmpty();
    }

    @Test
    void aVerifiedResidentWhoAlsoSpeaksForAGroupVotesAsAResident() {
        Standing both = Hall.standing(true, HOUSEHOLD_1, GROUP_1, StakeholderGroup.MERCHANT, Role.RESIDENT,
                                      Role.STAKEHOLDER_REPRESENTATIVE);

        assertThat(residents(StakeholderGroup.MERCHANT).voter(MERCHANT, both))
                .contains(new Voter(MERCHANT, HOUSEHOLD_1, false, null));
    }

    @Test
    void householdsTakeTheVerifiedResidentsWhoBelongToOne() {
        EligibilityRule households = new EligibilityRule(ElectorateType.HOUSEHOLDS, Set.of());
        Standing withoutHousehold = Hall.standing(true, null, null, null, Role.RESIDENT);

        assertThat(households.voter(ZHANG, of(ZHANG))).isPresent();
        assertThat(households.voter(ZHANG, withoutHousehold)).isEmpty();
    }

    @Test
    void groupRepresentativesTakeOnlyTheRepresentatives() {
        EligibilityRule representatives = new EligibilityRule(ElectorateType.GROUP_REPRESENTATIVES, Set.of());

        assertThat(representatives.voter(SUN, of(SUN))).isPresent();
        assertThat(representatives.voter(LI, of(LI))).isEmpty();
    }
}
