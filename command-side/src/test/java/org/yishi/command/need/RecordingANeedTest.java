package org.yishi.command.need;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.need.NeedCategory;
import org.yishi.command.api.need.NeedRecorded;
import org.yishi.command.api.need.RecordNeed;
import org.yishi.command.api.need.Urgency;

import static org.yishi.command.need.NeedFixtures.ADMIN;
import static org.yishi.command.need.NeedFixtures.AT;
import static org.yishi.command.need.NeedFixtures.COMMITTEE;
import static org.yishi.command.need.NeedFixtures.DESCRIPTION;
import static org.yishi.command.need.NeedFixtures.GRID;
import static org.yishi.command.need.NeedFixtures.GROUP_1;
import static org.yishi.command.need.NeedFixtures.GROUP_2;
import static org.yishi.command.need.NeedFixtures.JINYUAN;
import static org.yishi.command.need.NeedFixtures.LI;
import static org.yishi.command.need.NeedFixtures.LI_HOME;
import static org.yishi.command.need.NeedFixtures.NEED;
import static org.yishi.command.need.NeedFixtures.OUTSIDER;
import static org.yishi.command.need.NeedFixtures.SECRETARY;
import static org.yishi.command.need.NeedFixtures.SUN;
import static org.yishi.command.need.NeedFixtures.SUN_HOME;
import static org.yishi.command.need.NeedFixtures.UNVERIFIED;
import static org.yishi.command.need.NeedFixtures.record;
import static org.yishi.command.need.NeedFixtures.recorded;

class RecordingANeedTest {

    private static final String REFUSED = "只能登记本户的需求；网格员登记所负责小组的住户，议事委员和管理员可登记各户 / "
                                          + "Residents record needs of their own household, grid workers of "
                                          + "households in their groups, the committee and administrators of any "
                                          + "household";

    private AggregateTestFixture<Need> fixture;

    @BeforeEach
    void fixture() {
        fixture = NeedFixtures.fixture();
    }

    @Test
    void aGridWorkerRecordsANeedOfAHouseholdInTheirGroupAtTheDoor() {
        fixture.givenNoPriorActivity()
               .when(record(LI_HOME, GRID))
               .expectEvents(recorded(LI_HOME, GROUP_1, GRID));
    }

    @Test
    void aGridWorkerCannotRecordForAHouseholdOutsideTheirGroups() {
        fixture.givenNoPriorActivity()
               .when(record(SUN_HOME, GRID))
               .expectException(Unauthorized.class)
               .expectExceptionMessage(REFUSED)
               .expectNoEvents();
    }

    @Test
    void aResidentRecordsANeedOfTheirOwnHousehold() {
        fixture.givenNoPriorActivity()
               .when(record(SUN_HOME, SUN))
               .expectEvents(recorded(SUN_HOME, GROUP_2, SUN));
    }

    @Test
    void aResidentCannotRecordANeedOfAnotherHousehold() {
        fixture.givenNoPriorActivity()
               .when(record(SUN_HOME, LI))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void anUnverifiedResidentCannotRecordANeedEvenOfTheirHousehold() {
        fixture.givenNoPriorActivity()
               .when(record(LI_HOME, UNVERIFIED))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void committeeMembersAndAdministratorsRecordForAnyHousehold() {
        fixture.givenNoPriorActivity()
               .when(record(SUN_HOME, COMMITTEE))
               .expectEvents(recorded(SUN_HOME, GROUP_2, COMMITTEE));
        NeedFixtures.fixture().givenNoPriorActivity()
                    .when(record(LI_HOME, ADMIN))
                    .expectEvents(recorded(LI_HOME, GROUP_1, ADMIN));
    }

    @Test
    void thePartySecretaryReadsNeedsButDoesNotRecordThem() {
        fixture.givenNoPriorActivity()
               .when(record(LI_HOME, SECRETARY))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void someoneFromOutsideTheCommunityCannotRecordANeed() {
        fixture.givenNoPriorActivity()
               .when(record(LI_HOME, OUTSIDER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void anUnknownHouseholdIsRefused() {
        fixture.givenNoPriorActivity()
               .when(record(new HouseholdId("9-9-999"), COMMITTEE))
               .expectException(Rejection.class)
               .expectExceptionMessage("本社区没有这一户 / There is no such household in this community")
               .expectNoEvents();
    }

    @Test
    void theDescriptionIsTrimmed() {
        fixture.givenNoPriorActivity()
               .when(new RecordNeed(NEED, JINYUAN, LI_HOME, NeedCategory.ELDERLY_CARE, Urgency.URGENT,
                                    "  " + DESCRIPTION + "\n", true, GRID, AT))
               .expectEvents(recorded());
    }

    @Test
    void aDescriptionOfFewerThanFiveCharactersIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RecordNeed(NEED, JINYUAN, LI_HOME, NeedCategory.OTHER, Urgency.ORDINARY, "要送餐", false,
                                    GRID, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("需求描述至少5个字 / A description has at least 5 characters")
               .expectNoEvents();
    }

    @Test
    void aDescriptionLongerThanAThousandCharactersIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RecordNeed(NEED, JINYUAN, LI_HOME, NeedCategory.OTHER, Urgency.ORDINARY, "送".repeat(1001),
                                    false, GRID, AT))
               .expectExceptionMessage("需求描述不能超过1000个字 / A description has at most 1000 characters")
               .expectNoEvents();
    }

    @Test
    void aNeedHasACategoryAndAnUrgency() {
        fixture.givenNoPriorActivity()
               .when(new RecordNeed(NEED, JINYUAN, LI_HOME, null, Urgency.ORDINARY, DESCRIPTION, false, GRID, AT))
               .expectExceptionMessage("需求类别不能为空 / A category is required")
               .expectNoEvents();
        NeedFixtures.fixture().givenNoPriorActivity()
                    .when(new RecordNeed(NEED, JINYUAN, LI_HOME, NeedCategory.OTHER, null, DESCRIPTION, false, GRID,
                                         AT))
                    .expectExceptionMessage("紧急程度不能为空 / The urgency is required")
                    .expectNoEvents();
    }

    @Test
    void anOrdinaryNeedAboutNobodyVulnerableIsRecordedAsSuch() {
        fixture.givenNoPriorActivity()
               .when(new RecordNeed(NEED, JINYUAN, SUN_HOME, NeedCategory.FACILITIES, Urgency.ORDINARY,
                                    "楼道灯坏了一个月了", false, SUN, AT))
               .expectEvents(new NeedRecorded(NEED, JINYUAN, SUN_HOME, GROUP_2, NeedCategory.FACILITIES,
                                              Urgency.ORDINARY, "楼道灯坏了一个月了", false, SUN, AT));
    }
}
