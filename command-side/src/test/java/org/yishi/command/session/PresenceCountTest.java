package org.yishi.command.session;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.community.Standing;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PresenceCountTest {

    private static final HouseholdId ONE = new HouseholdId("h-1");
    private static final HouseholdId TWO = new HouseholdId("h-2");

    private static Standing standing(boolean verified, HouseholdId household, Role... roles) {
        return new Standing(true, verified, household, null, Set.of(roles), null);
    }

    @Test
    void aVerifiedResidentCountsAmongAdultResidents() {
        assertThat(PresenceCount.counts(standing(true, ONE, Role.RESIDENT), ElectorateType.ADULT_RESIDENTS)).isTrue();
        assertThat(PresenceCount.counts(standing(false, ONE, Role.RESIDENT), ElectorateType.ADULT_RESIDENTS)).isFalse();
        assertThat(PresenceCount.counts(standing(true, null, Role.COMMITTEE_MEMBER), ElectorateType.ADULT_RESIDENTS))
                .isFalse();
    }

    @Test
    void aVerifiedResidentWithoutAHouseholdBringsNoHousehold() {
        assertThat(PresenceCount.counts(standing(true, ONE, Role.RESIDENT), ElectorateType.HOUSEHOLDS)).isTrue();
        assertThat(PresenceCount.counts(standing(true, null, Role.RESIDENT), ElectorateType.HOUSEHOLDS)).isFalse();
    }

    @Test
    void onlyAGroupRepresentativeCountsAmongGroupRepresentatives() {
        assertThat(PresenceCount.counts(standing(true, ONE, Role.RESIDENT), ElectorateType.GROUP_REPRESENTATIVES))
                .isFalse();
        assertThat(PresenceCount.counts(standing(true, ONE, Role.RESIDENT, Role.GROUP_REPRESENTATIVE),
                                        ElectorateType.GROUP_REPRESENTATIVES)).isTrue();
    }

    @Test
    void householdsAreCountedOnceHoweverManyOfTheirResidentsArePresent() {
        PresenceCount presence = PresenceCount.NOBODY
                .with(new PersonId("a"), new PresenceCount.Attendee(ONE, true))
                .with(new PersonId("b"), new PresenceCount.Attendee(ONE, true))
                .with(new PersonId("c"), new PresenceCount.Attendee(TWO, true))
                .with(new PersonId("d"), new PresenceCount.Attendee(TWO, false));

        assertThat(presence.count(ElectorateType.HOUSEHOLDS)).isEqualTo(2);
        assertThat(presence.count(ElectorateType.ADULT_RESIDENTS)).isEqualTo(3);
        assertThat(presence.without(new PersonId("c")).count(ElectorateType.HOUSEHOLDS)).isEqualTo(1);
    }
}
