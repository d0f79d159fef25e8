package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.RegisterMember;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.VerifyResident;

import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMUNITY;
import static org.yishi.command.community.Jinyuan.HOUSEHOLD;
import static org.yishi.command.community.Jinyuan.NEWCOMER;
import static org.yishi.command.community.Jinyuan.OUTSIDER;
import static org.yishi.command.community.Jinyuan.RESIDENT;

class MembershipTest {

    private static final PersonId SUN = new PersonId("sun-li");
    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    @Test
    void anAdministratorRegistersAMemberOfAHousehold() {
        fixture.given(Jinyuan.withHousehold())
               .when(new RegisterMember(COMMUNITY, SUN, " 孙丽 ", HOUSEHOLD, ADMIN))
               .expectEvents(new MemberRegistered(COMMUNITY, SUN, "孙丽", HOUSEHOLD, ADMIN));
    }

    @Test
    void aMemberMayBelongToNoHousehold() {
        fixture.given(Jinyuan.withHousehold())
               .when(new RegisterMember(COMMUNITY, SUN, "物业 孙经理", null, ADMIN))
               .expectEvents(new MemberRegistered(COMMUNITY, SUN, "物业 孙经理", null, ADMIN));
    }

    @Test
    void aPersonIsRegisteredOnce() {
        fixture.given(Jinyuan.withResidents())
               .when(new RegisterMember(COMMUNITY, RESIDENT, "李华", HOUSEHOLD, ADMIN))
               .expectExceptionMessage("此人已是本社区成员 / This person is a member of this community already")
               .expectNoEvents();
    }

    @Test
    void aMemberNeedsADisplayNameOfAtMostFortyCharacters() {
        fixture.given(Jinyuan.withHousehold())
               .when(new RegisterMember(COMMUNITY, SUN, "孙".repeat(41), HOUSEHOLD, ADMIN))
               .expectException(Rejection.class)
               .expectExceptionMessage("姓名不能超过40个字 / A display name has at most 40 characters")
               .expectNoEvents();
    }

    @Test
    void aMemberJoinsOnlyAHouseholdOfThisCommunity() {
        fixture.given(Jinyuan.withHousehold())
               .when(new RegisterMember(COMMUNITY, SUN, "孙丽", new HouseholdId("elsewhere"), ADMIN))
               .expectExceptionMessage("本社区没有这一户 / There is no such household in this community")
               .expectNoEvents();
    }

    @Test
    void anAdministratorVerifiesAResident() {
        fixture.given(Jinyuan.withResidents())
               .when(new VerifyResident(COMMUNITY, NEWCOMER, ADMIN))
               .expectEvents(new ResidentVerified(COMMUNITY, NEWCOMER, ADMIN));
    }

    @Test
    void aResidentIsVerifiedOnce() {
        fixture.given(Jinyuan.withResidents())
               .when(new VerifyResident(COMMUNITY, RESIDENT, ADMIN))
               .expectExceptionMessage("此人的居住情况已核实 / This person's residence is verified already")
               .expectNoEvents();
    }

    @Test
    void onlyMembersAreVerified() {
        fixture.given(Jinyuan.withResidents())
               .when(new VerifyResident(COMMUNITY, OUTSIDER, ADMIN))
               .expectExceptionMessage("此人不是本社区成员 / This person is not a member of this community")
               .expectNoEvents();
    }
}
