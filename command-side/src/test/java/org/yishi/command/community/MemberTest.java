package org.yishi.command.community;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.Role;

import static org.assertj.core.api.Assertions.assertThat;

class MemberTest {

    private static final HouseholdId HOUSEHOLD = new HouseholdId("3-2-501");

    @Test
    void aResidentRoleCountsOnlyOnceTheResidenceIsVerified() {
        Member claimed = Member.registered(HOUSEHOLD).with(Role.RESIDENT);

        assertThat(claimed.holds(Role.RESIDENT)).isTrue();
        assertThat(claimed.actsAs(Role.RESIDENT)).isFalse();
        assertThat(claimed.verify().actsAs(Role.RESIDENT)).isTrue();
    }

    @Test
    void otherRolesCountWithoutVerification() {
        Member moderator = Member.registered(null).with(Role.MODERATOR);

        assertThat(moderator.actsAs(Role.MODERATOR)).isTrue();
        assertThat(moderator.actsAs(Role.ADMINISTRATOR)).isFalse();
    }

    @Test
    void aRevokedRoleNoLongerCounts() {
        Member member = Member.registered(HOUSEHOLD).verify().with(Role.RESIDENT).with(Role.COMMITTEE_MEMBER)
                              .without(Role.COMMITTEE_MEMBER);

        assertThat(member.roles()).containsExactly(Role.RESIDENT);
    }

    @Test
    void aMemberWithoutAHouseholdBelongsToNone() {
        assertThat(Member.registered(null).belongsTo(HOUSEHOLD)).isFalse();
        assertThat(Member.registered(HOUSEHOLD).belongsTo(HOUSEHOLD)).isTrue();
    }
}
