package org.yishi.command.session;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.session.CheckIn;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.LeaveSession;
import org.yishi.command.api.session.OpenSession;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.ParticipantLeft;
import org.yishi.command.api.session.QuorumLost;
import org.yishi.command.api.session.QuorumReached;
import org.yishi.command.api.session.ResumeSession;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionAdjourned;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionResumed;
import org.yishi.command.community.Standing;

import java.util.List;
import java.util.Set;

import static org.yishi.command.session.Square.ADULT_RESIDENTS;
import static org.yishi.command.session.Square.CODE;
import static org.yishi.command.session.Square.GROUP_1;
import static org.yishi.command.session.Square.GROUP_2;
import static org.yishi.command.session.Square.GROUP_REPRESENTATIVES;
import static org.yishi.command.session.Square.HOUSEHOLDS;
import static org.yishi.command.session.Square.HOUSEHOLD_1;
import static org.yishi.command.session.Square.HOUSEHOLD_2;
import static org.yishi.command.session.Square.HOUSEHOLD_3;
import static org.yishi.command.session.Square.LI;
import static org.yishi.command.session.Square.MODERATOR;
import static org.yishi.command.session.Square.NEWCOMER;
import static org.yishi.command.session.Square.REPRESENTATIVE;
import static org.yishi.command.session.Square.SESSION;
import static org.yishi.command.session.Square.WANG;
import static org.yishi.command.session.Square.ZHANG;
import static org.yishi.command.session.Square.at;

/**
 * Presence against the quorum under each electorate: adult residents one by one, households by any one of their
 * verified residents, residents' group representatives only. 锦苑 has four adult residents (three must be present),
 * three households (two) and two group representatives (two).
 */
class QuorumTest {

    private static final RuleSet RESIDENTS = RuleSet.defaultFor(SessionKind.RESIDENTS_MEETING);
    private static final RuleSet BY_HOUSEHOLDS = new RuleSet(SessionKind.RESIDENTS_MEETING, 1,
                                                             ElectorateType.HOUSEHOLDS, new Fraction(1, 2),
                                                             new Fraction(1, 2));
    private static final RuleSet REPRESENTATIVES = RuleSet.defaultFor(SessionKind.REPRESENTATIVES_MEETING);
    private static final PersonId SECOND_REPRESENTATIVE = new PersonId("zhou-min");

    private static CheckIn byCode(PersonId person) {
        return new CheckIn(SESSION, person, CheckInMethod.CODE, CODE, person, at(100));
    }

    private static ParticipantCheckedIn arrived(PersonId person, boolean counts, int present, int required, int at) {
        var standing = Square.registers().standing(Square.JINYUAN, person);
        return new ParticipantCheckedIn(SESSION, person, standing.household(), standing.group(), counts,
                                        CheckInMethod.CODE, present, required, person, at(at));
    }

    /** A residents' meeting opened with 李华 and 王芳 present: two of the three it needs. */
    private static List<Object> residentsMeetingOpened() {
        return List.of(Square.scheduled(RESIDENTS, Format.HYBRID), arrived(LI, true, 1, 3, 20),
                       arrived(WANG, true, 2, 3, 30),
                       new SessionOpened(SESSION, RESIDENTS, ADULT_RESIDENTS, 3, 2, MODERATOR, at(40)));
    }

    @Test
    void theQuorumIsReachedWhenTheThirdAdultResidentChecksIn() {
        Square.fixture()
              .given(residentsMeetingOpened())
              .when(byCode(ZHANG))
              .expectEvents(arrived(ZHANG, true, 3, 3, 100), new QuorumReached(SESSION, 3, 3, at(100)));
    }

    @Test
    void theQuorumIsReachedOnceNotAtEveryArrivalAfterIt() {
        Square.fixture()
              .given(Square.plus(residentsMeetingOpened(), arrived(ZHANG, true, 3, 3, 50),
                                 new QuorumReached(SESSION, 3, 3, at(50))))
              .when(byCode(REPRESENTATIVE))
              .expectEvents(arrived(REPRESENTATIVE, true, 4, 3, 100));
    }

    @Test
    void theQuorumIsLostWhenPresenceFallsBelowIt() {
        Square.fixture()
              .given(Square.plus(residentsMeetingOpened(), arrived(ZHANG, true, 3, 3, 50),
                                 new QuorumReached(SESSION, 3, 3, at(50))))
              .when(new LeaveSession(SESSION, LI, LI, at(100)))
              .expectEvents(new ParticipantLeft(SESSION, LI, 2, 3, LI, at(100)), new QuorumLost(SESSION, 2, 3, at(100)));
    }

    @Test
    void someoneWhoDoesNotCountMovesNoQuorum() {
        Square.fixture()
              .given(residentsMeetingOpened())
              .when(byCode(NEWCOMER))
              .expectEvents(arrived(NEWCOMER, false, 2, 3, 100));
    }

    @Test
    void aSessionOpeningWithEnoughPresentRecordsTheQuorumAtOnce() {
        Square.fixture()
              .given(Square.scheduled(RESIDENTS, Format.HYBRID), arrived(LI, true, 1, 3, 20),
                     arrived(WANG, true, 2, 3, 30), arrived(ZHANG, true, 3, 3, 35))
              .when(new OpenSession(SESSION, MODERATOR, at(100)))
              .expectEvents(new SessionOpened(SESSION, RESIDENTS, ADULT_RESIDENTS, 3, 3, MODERATOR, at(100)),
                            new QuorumReached(SESSION, 3, 3, at(100)));
    }

    @Test
    void aSessionOpeningShortOfItsQuorumRecordsNoQuorum() {
        Square.fixture()
              .given(Square.scheduled(RESIDENTS, Format.HYBRID), arrived(LI, true, 1, 3, 20))
              .when(new OpenSession(SESSION, MODERATOR, at(100)))
              .expectEvents(new SessionOpened(SESSION, RESIDENTS, ADULT_RESIDENTS, 3, 1, MODERATOR, at(100)));
    }

    @Test
    void beforeTheSessionOpensArrivalsAreCountedButNoQuorumIsRecorded() {
        Square.fixture()
              .given(Square.scheduled(RESIDENTS, Format.HYBRID), arrived(LI, true, 1, 3, 20),
                     arrived(WANG, true, 2, 3, 30))
              .when(byCode(ZHANG))
              .expectEvents(arrived(ZHANG, true, 3, 3, 100));
    }

    @Test
    void theElectorateIsCountedAgainAtOpening() {
        KnownRegisters grown = Square.registers().electorate(ElectorateType.ADULT_RESIDENTS, 6);
        Square.fixture(grown)
              .given(Square.scheduled(RESIDENTS, Format.HYBRID), arrived(LI, true, 1, 3, 20),
                     arrived(WANG, true, 2, 3, 30), arrived(ZHANG, true, 3, 3, 35))
              .when(new OpenSession(SESSION, MODERATOR, at(100)))
              .expectEvents(new SessionOpened(SESSION, RESIDENTS, 6, 4, 3, MODERATOR, at(100)));
    }

    @Test
    void aSessionIsNotOpenedUnderAnElectorateOtherThanTheOneItCountedArrivalsBy() {
        Square.fixture(Square.registers().rules(BY_HOUSEHOLDS))
              .given(Square.scheduled(RESIDENTS, Format.HYBRID), arrived(LI, true, 1, 3, 20))
              .when(new OpenSession(SESSION, MODERATOR, at(100)))
              .expectExceptionMessage("安排会议后本社区更改了此类会议的选民范围，请重新安排会议 / The community changed "
                                      + "who counts for this kind of session after it was scheduled; schedule it again")
              .expectNoEvents();
    }

    @Test
    void aConsultationNeedsNoQuorumAndRecordsNone() {
        Square.fixture()
              .given(Square.opened())
              .when(byCode(ZHANG))
              .expectEvents(arrived(ZHANG, true, 3, 0, 100));
    }

    @Test
    void aQuorumCrossedDuringABreakIsRecordedWhenTheSessionResumes() {
        Square.fixture()
              .given(Square.plus(residentsMeetingOpened(), arrived(ZHANG, true, 3, 3, 50),
                                 new QuorumReached(SESSION, 3, 3, at(50)),
                                 new SessionAdjourned(SESSION, "午休", MODERATOR, at(60)),
                                 new ParticipantLeft(SESSION, LI, 2, 3, LI, at(70))))
              .when(new ResumeSession(SESSION, MODERATOR, at(100)))
              .expectEvents(new SessionResumed(SESSION, MODERATOR, at(100)),
                            new QuorumLost(SESSION, 2, 3, at(100)));
    }

    @Test
    void nothingIsRecordedAboutTheQuorumDuringABreak() {
        Square.fixture()
              .given(Square.plus(residentsMeetingOpened(), new SessionAdjourned(SESSION, null, MODERATOR, at(60))))
              .when(byCode(ZHANG))
              .expectEvents(arrived(ZHANG, true, 3, 3, 100));
    }

    // households

    private static List<Object> householdMeetingOpened() {
        return List.of(Square.scheduled(BY_HOUSEHOLDS, Format.HYBRID),
                       new ParticipantCheckedIn(SESSION, LI, HOUSEHOLD_1, GROUP_1, true, CheckInMethod.CODE, 1, 2, LI,
                                                at(20)),
                       new SessionOpened(SESSION, BY_HOUSEHOLDS, HOUSEHOLDS, 2, 1, MODERATOR, at(40)));
    }

    @Test
    void aSecondResidentOfAHouseholdAlreadyPresentAddsNoHousehold() {
        Square.fixture(Square.registers().rules(BY_HOUSEHOLDS))
              .given(householdMeetingOpened())
              .when(byCode(ZHANG))
              .expectEvents(new ParticipantCheckedIn(SESSION, ZHANG, HOUSEHOLD_1, GROUP_1, true, CheckInMethod.CODE, 1,
                                                     2, ZHANG, at(100)));
    }

    @Test
    void aResidentOfAnotherHouseholdBringsTheHouseholdsToTheirQuorum() {
        Square.fixture(Square.registers().rules(BY_HOUSEHOLDS))
              .given(householdMeetingOpened())
              .when(byCode(WANG))
              .expectEvents(new ParticipantCheckedIn(SESSION, WANG, HOUSEHOLD_2, GROUP_1, true, CheckInMethod.CODE, 2,
                                                     2, WANG, at(100)),
                            new QuorumReached(SESSION, 2, 2, at(100)));
    }

    @Test
    void aHouseholdStaysPresentWhileOneOfItsResidentsRemains() {
        Square.fixture(Square.registers().rules(BY_HOUSEHOLDS))
              .given(Square.plus(householdMeetingOpened(),
                                 new ParticipantCheckedIn(SESSION, ZHANG, HOUSEHOLD_1, GROUP_1, true,
                                                          CheckInMethod.CODE, 1, 2, ZHANG, at(50)),
                                 new ParticipantCheckedIn(SESSION, WANG, HOUSEHOLD_2, GROUP_1, true,
                                                          CheckInMethod.CODE, 2, 2, WANG, at(60)),
                                 new QuorumReached(SESSION, 2, 2, at(60))))
              .when(new LeaveSession(SESSION, LI, LI, at(100)))
              .expectEvents(new ParticipantLeft(SESSION, LI, 2, 2, LI, at(100)));
    }

    @Test
    void theHouseholdsLoseTheirQuorumWhenTheLastResidentOfOneLeaves() {
        Square.fixture(Square.registers().rules(BY_HOUSEHOLDS))
              .given(Square.plus(householdMeetingOpened(),
                                 new ParticipantCheckedIn(SESSION, WANG, HOUSEHOLD_2, GROUP_1, true,
                                                          CheckInMethod.CODE, 2, 2, WANG, at(60)),
                                 new QuorumReached(SESSION, 2, 2, at(60))))
              .when(new LeaveSession(SESSION, WANG, WANG, at(100)))
              .expectEvents(new ParticipantLeft(SESSION, WANG, 1, 2, WANG, at(100)),
                            new QuorumLost(SESSION, 1, 2, at(100)));
    }

    // group representatives

    private static KnownRegisters withSecondRepresentative() {
        return Square.registers().with(SECOND_REPRESENTATIVE, new Standing(
                true, true, HOUSEHOLD_2, GROUP_1, Set.of(Role.RESIDENT, Role.GROUP_REPRESENTATIVE), null));
    }

    private static List<Object> representativesMeetingOpened() {
        return List.of(Square.scheduled(REPRESENTATIVES, Format.HYBRID),
                       arrived(LI, false, 0, 2, 20),
                       new ParticipantCheckedIn(SESSION, REPRESENTATIVE, HOUSEHOLD_3, GROUP_2, true,
                                                CheckInMethod.CODE, 1, 2, REPRESENTATIVE, at(30)),
                       new SessionOpened(SESSION, REPRESENTATIVES, GROUP_REPRESENTATIVES, 2, 1, MODERATOR, at(40)));
    }

    @Test
    void aResidentWhoIsNotAGroupRepresentativeAttendsARepresentativesMeetingWithoutCounting() {
        Square.fixture(withSecondRepresentative())
              .given(representativesMeetingOpened())
              .when(byCode(ZHANG))
              .expectEvents(arrived(ZHANG, false, 1, 2, 100));
    }

    @Test
    void theSecondGroupRepresentativeBringsTheRepresentativesToTheirQuorum() {
        Square.fixture(withSecondRepresentative())
              .given(representativesMeetingOpened())
              .when(byCode(SECOND_REPRESENTATIVE))
              .expectEvents(new ParticipantCheckedIn(SESSION, SECOND_REPRESENTATIVE, HOUSEHOLD_2, GROUP_1, true,
                                                     CheckInMethod.CODE, 2, 2, SECOND_REPRESENTATIVE, at(100)),
                            new QuorumReached(SESSION, 2, 2, at(100)));
    }

    @Test
    void theRepresentativesLoseTheirQuorumWhenARepresentativeLeaves() {
        Square.fixture(withSecondRepresentative())
              .given(Square.plus(representativesMeetingOpened(),
                                 new ParticipantCheckedIn(SESSION, SECOND_REPRESENTATIVE, HOUSEHOLD_2, GROUP_1, true,
                                                          CheckInMethod.CODE, 2, 2, SECOND_REPRESENTATIVE, at(50)),
                                 new QuorumReached(SESSION, 2, 2, at(50))))
              .when(new LeaveSession(SESSION, REPRESENTATIVE, REPRESENTATIVE, at(100)))
              .expectEvents(new ParticipantLeft(SESSION, REPRESENTATIVE, 1, 2, REPRESENTATIVE, at(100)),
                            new QuorumLost(SESSION, 1, 2, at(100)));
    }
}
