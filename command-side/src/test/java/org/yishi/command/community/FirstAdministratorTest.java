package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.AppointAdministrator;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;

import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMUNITY;
import static org.yishi.command.community.Jinyuan.OUTSIDER;
import static org.yishi.command.community.Jinyuan.REGISTRAR;

class FirstAdministratorTest {

    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    @Test
    void theRegistrarAppointsTheFirstAdministratorWhoBecomesAMember() {
        fixture.given(Jinyuan.registered())
               .when(new AppointAdministrator(COMMUNITY, ADMIN, " 王敏 ", REGISTRAR))
               .expectEvents(new MemberRegistered(COMMUNITY, ADMIN, "王敏", null, REGISTRAR),
                             new RoleGranted(COMMUNITY, ADMIN, Role.ADMINISTRATOR, null, REGISTRAR));
    }

    @Test
    void nobodyElseAppointsTheFirstAdministrator() {
        fixture.given(Jinyuan.registered())
               .when(new AppointAdministrator(COMMUNITY, OUTSIDER, "外人", OUTSIDER))
               .expectException(Unauthorized.class)
               .expectExceptionMessage("只有社区的登记人可以任命首位管理员 / "
                                       + "Only the person who registered the community may appoint its first "
                                       + "administrator")
               .expectNoEvents();
    }

    @Test
    void onceThereIsAnAdministratorTheRegistrarAppointsNoMore() {
        fixture.given(Jinyuan.withAdministrator())
               .when(new AppointAdministrator(COMMUNITY, OUTSIDER, "外人", REGISTRAR))
               .expectException(Rejection.class)
               .expectExceptionMessage("本社区已有管理员，请由管理员授予角色 / "
                                       + "This community has an administrator already, who grants roles from now on")
               .expectNoEvents();
    }

    @Test
    void theFirstAdministratorNeedsADisplayName() {
        fixture.given(Jinyuan.registered())
               .when(new AppointAdministrator(COMMUNITY, ADMIN, " ", REGISTRAR))
               .expectException(Rejection.class)
               .expectExceptionMessage("姓名不能为空 / A display name is required")
               .expectNoEvents();
    }
}
