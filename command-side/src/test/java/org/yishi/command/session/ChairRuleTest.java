package org.yishi.command.session;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.community.Standing;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChairRuleTest {

    private static final PersonId NAMED = new PersonId("xu-shegong");
    private static final PersonId SOMEONE = new PersonId("someone");
    private static final ChairRule CHAIR = new ChairRule(NAMED);

    private static Standing member(Role... roles) {
        return new Standing(true, true, null, null, Set.of(roles), null);
    }

    @Test
    void theNamedModeratorChairsWhateverTheirRoles() {
        assertThat(CHAIR.mayChair(NAMED, member())).isTrue();
    }

    @Test
    void theNamedModeratorNoLongerAMemberDoesNotChair() {
        assertThat(CHAIR.mayChair(NAMED, Standing.STRANGER)).isFalse();
    }

    @Test
    void aCommitteeMemberOrAnAdministratorStandsIn() {
        assertThat(CHAIR.mayChair(SOMEONE, member(Role.COMMITTEE_MEMBER))).isTrue();
        assertThat(CHAIR.mayChair(SOMEONE, member(Role.ADMINISTRATOR))).isTrue();
    }

    @Test
    void anotherModeratorOrAResidentDoesNotChair() {
        assertThat(CHAIR.mayChair(SOMEONE, member(Role.MODERATOR))).isFalse();
        assertThatThrownBy(() -> CHAIR.requireChair(SOMEONE, member(Role.RESIDENT))).isInstanceOf(Unauthorized.class);
    }

    @Test
    void anyModeratorOfTheCommunityIsStaffAtTheDoor() {
        assertThat(CHAIR.isStaff(SOMEONE, member(Role.MODERATOR))).isTrue();
        assertThat(CHAIR.isStaff(SOMEONE, member(Role.RESIDENT, Role.PARTY_SECRETARY))).isFalse();
    }

    @Test
    void onlyACommitteeMemberOrAnAdministratorPreparesASession() {
        assertThatCode(() -> ChairRule.requireOrganiser(member(Role.COMMITTEE_MEMBER))).doesNotThrowAnyException();
        assertThatCode(() -> ChairRule.requireOrganiser(member(Role.ADMINISTRATOR))).doesNotThrowAnyException();
        assertThatThrownBy(() -> ChairRule.requireOrganiser(member(Role.MODERATOR)))
                .isInstanceOf(Unauthorized.class)
                .hasMessage("只有议事委员或社区管理员可以安排会议和议程 / "
                            + "Only a committee member or an administrator may schedule a session or change its agenda");
    }
}
