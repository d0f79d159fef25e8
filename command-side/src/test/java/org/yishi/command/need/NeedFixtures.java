package org.yishi.command.need;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.need.NeedCategory;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.need.NeedRecorded;
import org.yishi.command.api.need.NeedStatus;
import org.yishi.command.api.need.RecordNeed;
import org.yishi.command.api.need.Urgency;
import org.yishi.command.community.Standing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The people, households and needs of 锦苑 that the need tests share. */
final class NeedFixtures {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final GroupId GROUP_1 = new GroupId("group-1");
    static final GroupId GROUP_2 = new GroupId("group-2");
    static final HouseholdId LI_HOME = new HouseholdId("3-2-501");        // in group 1
    static final HouseholdId SUN_HOME = new HouseholdId("7-1-102");       // in group 2

    static final PersonId ADMIN = new PersonId("wang-min");
    static final PersonId COMMITTEE = new PersonId("chen-jing");
    static final PersonId SECRETARY = new PersonId("liu-shuji");
    static final PersonId GRID = new PersonId("zhou-wangge");             // covers group 1
    static final PersonId LI = new PersonId("li-hua");                    // verified resident of LI_HOME
    static final PersonId UNVERIFIED = new PersonId("zhao-lei");          // resident of LI_HOME, not verified
    static final PersonId SUN = new PersonId("sun-li");                   // verified resident of SUN_HOME
    static final PersonId OUTSIDER = new PersonId("qinghe-admin");

    static final NeedId NEED = new NeedId("need-1");
    static final NeedId OTHER = new NeedId("need-2");
    static final NeedId ELSEWHERE = new NeedId("need-huayuan");
    static final NeedId FACILITY = new NeedId("need-lift");
    static final NeedId FINISHED = new NeedId("need-finished");

    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-05T07:30:00Z");
    static final String DESCRIPTION = "独居老人，腿脚不便，需要每周上门送餐两次";

    private NeedFixtures() {
    }

    static Households households() {
        return new Households(
                Map.of(ADMIN, staff(Role.ADMINISTRATOR),
                       COMMITTEE, staff(Role.COMMITTEE_MEMBER),
                       SECRETARY, staff(Role.PARTY_SECRETARY),
                       GRID, staff(Role.GRID_WORKER),
                       LI, new Standing(true, true, LI_HOME, GROUP_1, Set.of(Role.RESIDENT), null),
                       UNVERIFIED, new Standing(true, false, LI_HOME, GROUP_1, Set.of(Role.RESIDENT), null),
                       SUN, new Standing(true, true, SUN_HOME, GROUP_2, Set.of(Role.RESIDENT), null)),
                Map.of(LI_HOME, GROUP_1, SUN_HOME, GROUP_2),
                Map.of(GRID, Set.of(GROUP_1)));
    }

    private static Standing staff(Role role) {
        return new Standing(true, true, null, null, Set.of(role), null);
    }

    /** Other needs a merge may point at. */
    static NeedTargets otherNeeds() {
        Map<NeedId, NeedTarget> known = Map.of(
                OTHER, new NeedTarget(JINYUAN, NeedCategory.ELDERLY_CARE, NeedStatus.MATCHED),
                ELSEWHERE, new NeedTarget(new CommunityId("huayuan"), NeedCategory.ELDERLY_CARE, NeedStatus.RECORDED),
                FACILITY, new NeedTarget(JINYUAN, NeedCategory.FACILITIES, NeedStatus.RECORDED),
                FINISHED, new NeedTarget(JINYUAN, NeedCategory.ELDERLY_CARE, NeedStatus.DONE));
        return needId -> Optional.ofNullable(known.get(needId));
    }

    static AggregateTestFixture<Need> fixture() {
        AggregateTestFixture<Need> fixture = new AggregateTestFixture<>(Need.class);
        Households households = households();
        fixture.registerInjectableResource(households);
        fixture.registerInjectableResource(otherNeeds());
        return fixture;
    }

    static RecordNeed record(HouseholdId household, PersonId actor) {
        return new RecordNeed(NEED, JINYUAN, household, NeedCategory.ELDERLY_CARE, Urgency.URGENT, DESCRIPTION, true,
                              actor, AT);
    }

    static NeedRecorded recorded(HouseholdId household, GroupId group, PersonId by) {
        return new NeedRecorded(NEED, JINYUAN, household, group, NeedCategory.ELDERLY_CARE, Urgency.URGENT,
                                DESCRIPTION, true, by, AT);
    }

    static NeedRecorded recorded() {
        return recorded(LI_HOME, GROUP_1, GRID);
    }
}
