package org.yishi.command.session;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionScheduled;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.session.Square.ADULT_RESIDENTS;
import static org.yishi.command.session.Square.AT;
import static org.yishi.command.session.Square.CODE;
import static org.yishi.command.session.Square.COMMITTEE;
import static org.yishi.command.session.Square.GROUP_REPRESENTATIVES;
import static org.yishi.command.session.Square.HOUSEHOLDS;
import static org.yishi.command.session.Square.HUAYUAN;
import static org.yishi.command.session.Square.JINYUAN;
import static org.yishi.command.session.Square.LI;
import static org.yishi.command.session.Square.MODERATOR;
import static org.yishi.command.session.Square.OUTSIDER;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.SPEAKING_SECONDS;
import static org.yishi.command.session.Square.STARTS_AT;

class SchedulingTest {

    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void fixture() {
        fixture = Square.fixture();
    }

    private static ScheduleSession schedule(SessionKind kind, PersonId moderator, String joinCode, PersonId actor) {
        return new ScheduleSession(SESSION, JINYUAN, kind, " 锦苑广场议事日 ", STARTS_AT, "社区活动中心", Format.HYBRID,
                                   moderator, Set.of(StakeholderGroup.PROPERTY_MANAGEMENT), joinCode,
                                   SPEAKING_SECONDS, false, actor, AT);
    }

    @Test
    void aCommitteeMemberSchedulesADeliberationDayUnderTheCommunitysRules() {
        fixture.givenNoPriorActivity()
               .when(schedule(SessionKind.DELIBERATION_DAY, MODERATOR, CODE, COMMITTEE))
               .expectEvents(Square.scheduled(SessionKind.DELIBERATION_DAY));
    }

    @Test
    void aResidentsMeetingNeedsMoreThanHalfOfTheAdultResidents() {
        fixture.givenNoPriorActivity()
               .when(schedule(SessionKind.RESIDENTS_MEETING, MODERATOR, CODE, COMMITTEE))
               .expectEvents(Square.scheduled(SessionKind.RESIDENTS_MEETING));
        assertThat(Square.scheduled(SessionKind.RESIDENTS_MEETING).required())
                                       .isEqualTo(ADULT_RESIDENTS / 2 + 1);
    }

    @Test
    void aSessionIsScheduledUnderTheRulesTheCommunitySetForItsKind() {
        RuleSet byHouseholds = new RuleSet(SessionKind.RESIDENTS_MEETING, 2, ElectorateType.HOUSEHOLDS,
                                           new Fraction(2, 3), new Fraction(1, 2));
        fixture = Square.fixture(Square.registers().rules(byHouseholds));
        fixture.givenNoPriorActivity()
               .when(schedule(SessionKind.RESIDENTS_MEETING, MODERATOR, CODE, COMMITTEE))
               .expectEvents(Square.scheduled(byHouseholds, Format.HYBRID));
        assertThat(Square.scheduled(byHouseholds, Format.HYBRID).required())
                                       .isEqualTo(HOUSEHOLDS * 2 / 3 + 1);
    }

    @Test
    void aRepresentativesMeetingCountsTheResidentsGroupRepresentatives() {
        SessionScheduled scheduled = Square.scheduled(SessionKind.REPRESENTATIVES_MEETING);
        fixture.givenNoPriorActivity()
               .when(schedule(SessionKind.REPRESENTATIVES_MEETING, MODERATOR, CODE, COMMITTEE))
               .expectEvents(scheduled);
        assertThat(scheduled.electorateSize()).isEqualTo(GROUP_REPRESENTATIVES);
    }

    @Test
    void aResidentCannotScheduleASession() {
        fixture.givenNoPriorActivity()
               .when(schedule(SessionKind.DELIBERATION_DAY, MODERATOR, CODE, LI))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aSessionIsScheduledOnlyInAKnownCommunity() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleSession(SESSION, HUAYUAN, SessionKind.DELIBERATION_DAY, "议事日", STARTS_AT, "活动室",
                                         Format.IN_ROOM, MODERATOR, Set.of(), CODE, SPEAKING_SECONDS, false,
                                         COMMITTEE, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("社区不存在 / No such community");
    }

    @Test
    void theModeratorMustBeAMemberOfTheCommunity() {
        fixture.givenNoPriorActivity()
               .when(schedule(SessionKind.DELIBERATION_DAY, OUTSIDER, CODE, COMMITTEE))
               .expectExceptionMessage("主持人须是本社区成员 / The moderator must be a member of this community")
               .expectNoEvents();
    }

    @Test
    void aJoinCodeIsFourToEightLettersOrDigits() {
        for (String bad : new String[]{"123", "123456789", "12 34", "签到码12", ""}) {
            fixture.givenNoPriorActivity()
                   .when(schedule(SessionKind.DELIBERATION_DAY, MODERATOR, bad, COMMITTEE))
                   .expectExceptionMessage("签到码须为4至8位字母或数字 / A join code is 4 to 8 letters or digits");
        }
        fixture.givenNoPriorActivity()
               .when(schedule(SessionKind.DELIBERATION_DAY, MODERATOR, "Ab12", COMMITTEE))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSessionInARoomSaysWhereItIs() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleSession(SESSION, JINYUAN, SessionKind.DELIBERATION_DAY, "议事日", STARTS_AT, " ",
                                         Format.IN_ROOM, MODERATOR, Set.of(), CODE, SPEAKING_SECONDS, false,
                                         COMMITTEE, AT))
               .expectExceptionMessage("现场会议须写明地点 / A session in a room needs its place");
    }

    @Test
    void aSpeakingTimeOutsideFifteenSecondsToHalfAnHourIsRejected() {
        fixture.givenNoPriorActivity()
               .when(new ScheduleSession(SESSION, JINYUAN, SessionKind.DELIBERATION_DAY, "议事日", STARTS_AT, "活动室",
                                         Format.IN_ROOM, MODERATOR, Set.of(), CODE, 5, false, COMMITTEE, AT))
               .expectExceptionMessage("每人发言时间须为15至1800秒 / A speaking time is 15 to 1800 seconds");
    }
}
