package org.yishi.command.community;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.CommunityRegistered;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.HouseholdRegistered;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.ResidentsGroupAdded;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;

import java.util.ArrayList;
import java.util.List;

/** The history of 锦苑社区 that fixture tests start from; each step adds to the one before. */
final class Jinyuan {

    static final CommunityId COMMUNITY = new CommunityId("jinyuan");
    static final PersonId REGISTRAR = new PersonId("operator-1");
    static final PersonId ADMIN = new PersonId("wang-min");
    /** A verified resident of {@link #HOUSEHOLD}, holding the resident role. */
    static final PersonId RESIDENT = new PersonId("li-hua");
    /** Registered in {@link #HOUSEHOLD} and holding the resident role, not verified yet. */
    static final PersonId NEWCOMER = new PersonId("zhao-lei");
    /** A verified resident and committee member, living in no registered household. */
    static final PersonId COMMITTEE = new PersonId("chen-jing");
    /** The administrator of another community, unknown in this one. */
    static final PersonId OUTSIDER = new PersonId("qinghe-admin");
    static final GroupId GROUP = new GroupId("group-1");
    static final HouseholdId HOUSEHOLD = new HouseholdId("3-2-501");

    private Jinyuan() {
    }

    static List<Object> registered() {
        return List.of(new CommunityRegistered(COMMUNITY, "锦苑社区", "锦苑街道", "江岸区", REGISTRAR.value()));
    }

    static List<Object> withAdministrator() {
        return plus(registered(),
                    new MemberRegistered(COMMUNITY, ADMIN, "王敏", null, REGISTRAR),
                    new RoleGranted(COMMUNITY, ADMIN, Role.ADMINISTRATOR, null, REGISTRAR));
    }

    static List<Object> withHousehold() {
        return plus(withAdministrator(),
                    new ResidentsGroupAdded(COMMUNITY, GROUP, "第一居民小组", ADMIN),
                    new HouseholdRegistered(COMMUNITY, HOUSEHOLD, GROUP, "3栋", "2单元", "501", ADMIN));
    }

    static List<Object> withResidents() {
        return plus(withHousehold(),
                    new MemberRegistered(COMMUNITY, RESIDENT, "李华", HOUSEHOLD, ADMIN),
                    new ResidentVerified(COMMUNITY, RESIDENT, ADMIN),
                    new RoleGranted(COMMUNITY, RESIDENT, Role.RESIDENT, null, ADMIN),
                    new MemberRegistered(COMMUNITY, NEWCOMER, "赵磊", HOUSEHOLD, ADMIN),
                    new RoleGranted(COMMUNITY, NEWCOMER, Role.RESIDENT, null, ADMIN),
                    new MemberRegistered(COMMUNITY, COMMITTEE, "陈静", null, ADMIN),
                    new ResidentVerified(COMMUNITY, COMMITTEE, ADMIN),
                    new RoleGranted(COMMUNITY, COMMITTEE, Role.COMMITTEE_MEMBER, null, ADMIN));
    }

    static List<Object> plus(List<Object> history, Object... events) {
        List<Object> more = new ArrayList<>(history);
        more.addAll(List.of(events));
        return more;
    }
}
