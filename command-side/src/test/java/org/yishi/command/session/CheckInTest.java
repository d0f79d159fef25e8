package org.yishi.command.session;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.session.CheckIn;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.LeaveSession;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.ParticipantLeft;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.command.api.session.SessionKind;

import static org.yishi.command.session.Square.CODE;
import static org.yishi.command.session.Square.COMMITTEE;
import static org.yishi.command.session.Square.GROUP_1;
import static org.yishi.command.session.Square.HOUSEHOLD_1;
import static org.yishi.command.session.Square.HOUSEHOLD_2;
import static org.yishi.command.session.Square.LI;
import static org.yishi.command.session.Square.MERCHANT;
import static org.yishi.command.session.Square.MODERATOR;
import static org.yishi.command.session.Square.NEWCOMER;
import static org.yishi.command.session.Square.OTHER_MODERATOR;
import static org.yishi.command.session.Square.OUTSIDER;
import static org.yishi.command.session.Square.PROPERTY;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.WANG;
import static org.yishi.command.session.Square.ZHANG;
import static org.yishi.command.session.Square.at;

class CheckInTest {

    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void fixture() {
        fixture = Square.fixture();
    }

    private static CheckIn byCode(PersonId person, String code) {
        return new CheckIn(SESSION, person, CheckInMethod.CODE, code, person, at(100));
    }

    private static CheckIn online(PersonId person) {
        return new CheckIn(SESSION, person, CheckInMethod.ONLINE, null, person, at(100));
    }

    private static CheckIn byStaff(PersonId person, PersonId staff) {
        return new CheckIn(SESSION, person, CheckInMethod.STAFF, null, staff, at(100));
    }

    @Test
    void aResidentInTheRoomChecksInWithTheJoinCode() {
        fixture.given(Square.withAgenda())
               .when(byCode(ZHANG, CODE))
               .expectEvents(new ParticipantCheckedIn(SESSION, ZHANG, HOUSEHOLD_1, GROUP_1, true, CheckInMethod.CODE, 1,
                                                      0, ZHANG, at(100)));
    }

    @Test
    void theJoinCodeMatchesWhateverTheCaseOfItsLetters() {
        fixture.given(Square.scheduled(RuleSet.defaultFor(SessionKind.DELIBERATION_DAY), Format.IN_ROOM))
               .when(byCode(ZHANG, " 482913 "))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aWrongJoinCodeChecksNobodyIn() {
        fixture.given(Square.withAgenda())
               .when(byCode(ZHANG, "482914"))
               .expectExceptionMessage("签到码不正确 / The join code is wrong")
               .expectNoEvents();
    }

    @Test
    void anOnlineSessionHasNoJoinCodeToCheckInWith() {
        fixture.given(Square.scheduled(RuleSet.defaultFor(SessionKind.DELIBERATION_DAY), Format.ONLINE))
               .when(byCode(ZHANG, CODE))
               .expectExceptionMessage("本次会议在线上进行，没有现场签到 / This session is online; there is no room to "
                                       + "check in to");
    }

    @Test
    void aVerifiedMemberChecksInOnlineToAHybridSession() {
        fixture.given(Square.withAgenda())
               .when(online(WANG))
               .expectEvents(new ParticipantCheckedIn(SESSION, WANG, HOUSEHOLD_2, GROUP_1, true, CheckInMethod.ONLINE,
                                                      1, 0, WANG, at(100)));
    }

    @Test
    void aSessionInTheRoomOnlyCannotBeJoinedOnline() {
        fixture.given(Square.scheduled(RuleSet.defaultFor(SessionKind.DELIBERATION_DAY), Format.IN_ROOM))
               .when(online(WANG))
               .expectExceptionMessage("本次会议只在现场进行，不能线上签到 / This session is in the room only; it cannot "
                                       + "be joined online");
    }

    @Test
    void aMemberNotYetVerifiedCannotCheckInOnline() {
        fixture.given(Square.withAgenda())
               .when(online(NEWCOMER))
               .expectExceptionMessage("线上签到须是身份已核实的本社区成员 / "
                                       + "Checking in online needs a verified member of this community")
               .expectNoEvents();
    }

    @Test
    void aMemberNotYetVerifiedAttendsInTheRoomWithoutCounting() {
        fixture.given(Square.withAgenda())
               .when(byCode(NEWCOMER, CODE))
               .expectEvents(new ParticipantCheckedIn(SESSION, NEWCOMER, HOUSEHOLD_2, GROUP_1, false,
                                                      CheckInMethod.CODE, 0, 0, NEWCOMER, at(100)));
    }

    @Test
    void nobodyChecksSomeoneElseInWithTheCode() {
        fixture.given(Square.withAgenda())
               .when(new CheckIn(SESSION, ZHANG, CheckInMethod.CODE, CODE, LI, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aCommitteeMemberChecksInAResidentWithoutAPhone() {
        fixture.given(Square.withAgenda())
               .when(byStaff(ZHANG, COMMITTEE))
               .expectEvents(new ParticipantCheckedIn(SESSION, ZHANG, HOUSEHOLD_1, GROUP_1, true, CheckInMethod.STAFF,
                                                      1, 0, COMMITTEE, at(100)));
    }

    @Test
    void anyModeratorOfTheCommunityMayCheckPeopleIn() {
        fixture.given(Square.withAgenda())
               .when(byStaff(ZHANG, OTHER_MODERATOR))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aResidentCannotCheckInSomeoneElseAsStaff() {
        fixture.given(Square.withAgenda())
               .when(byStaff(ZHANG, LI))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void someoneWhoIsNotAMemberCannotCheckIn() {
        fixture.given(Square.withAgenda())
               .when(byCode(OUTSIDER, CODE))
               .expectExceptionMessage("此人不是本社区成员 / This person is not a member of this community");
    }

    @Test
    void aStakeholderRepresentativeOfAnInvitedGroupChecksIn() {
        fixture.given(Square.withAgenda())
               .when(byCode(PROPERTY, CODE))
               .expectEvents(new ParticipantCheckedIn(SESSION, PROPERTY, null, null, false, CheckInMethod.CODE, 0, 0,
                                                      PROPERTY, at(100)));
    }

    @Test
    void aStakeholderRepresentativeOfAGroupNotInvitedCannotCheckIn() {
        fixture.given(Square.withAgenda())
               .when(byCode(MERCHANT, CODE))
               .expectExceptionMessage("本次会议未邀请商户参加 / The merchant is not invited to this session")
               .expectNoEvents();
    }

    @Test
    void checkingInSomeoneAlreadyPresentAgainChangesNothing() {
        fixture.given(Square.opened())
               .when(byCode(LI, CODE))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aParticipantLeavesAndTheCountFalls() {
        fixture.given(Square.opened())
               .when(new LeaveSession(SESSION, LI, LI, at(100)))
               .expectEvents(new ParticipantLeft(SESSION, LI, 1, 0, LI, at(100)));
    }

    @Test
    void leavingTwiceChangesNothing() {
        fixture.given(Square.plus(Square.opened(), new ParticipantLeft(SESSION, LI, 1, 0, LI, at(90))))
               .when(new LeaveSession(SESSION, LI, LI, at(100)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aResidentCannotCheckSomeoneElseOut() {
        fixture.given(Square.opened())
               .when(new LeaveSession(SESSION, WANG, LI, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void theModeratorChecksOutSomeoneWhoWentHome() {
        fixture.given(Square.opened())
               .when(new LeaveSession(SESSION, WANG, MODERATOR, at(100)))
               .expectEvents(new ParticipantLeft(SESSION, WANG, 1, 0, MODERATOR, at(100)));
    }

    @Test
    void someoneWhoLeftChecksInAgainOnReturning() {
        fixture.given(Square.plus(Square.opened(), new ParticipantLeft(SESSION, LI, 1, 0, LI, at(90))))
               .when(byCode(LI, CODE))
               .expectEvents(new ParticipantCheckedIn(SESSION, LI, HOUSEHOLD_1, GROUP_1, true, CheckInMethod.CODE, 2, 0,
                                                      LI, at(100)));
    }

    @Test
    void nobodyChecksInToAClosedSession() {
        fixture.given(Square.plus(Square.opened(), new SessionClosed(SESSION, MODERATOR, at(90))))
               .when(byCode(ZHANG, CODE))
               .expectExceptionMessage("会议已结束 / The session is over");
    }
}
