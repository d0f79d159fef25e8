package org.yishi.command.motion;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionStatus;

import static org.yishi.command.motion.Hall.HOUSEHOLD_1;
import static org.yishi.command.motion.Hall.HOUSEHOLD_3;
import static org.yishi.command.motion.Hall.LI;
import static org.yishi.command.motion.Hall.MEETING_RULES;
import static org.yishi.command.motion.Hall.MERCHANT;
import static org.yishi.command.motion.Hall.MOTION;
import static org.yishi.command.motion.Hall.PARKING_ITEM;
import static org.yishi.command.motion.Hall.PROPERTY;
import static org.yishi.command.motion.Hall.SUN;
import static org.yishi.command.motion.Hall.WANG;
import static org.yishi.command.motion.Hall.ZHANG;
import static org.yishi.command.motion.Hall.at;
import static org.yishi.command.motion.Hall.ballot;

/** Whose ballot counts under one vote per household, for residents' groups, and for stakeholder groups. */
class HouseholdsAndGroupsTest {

    private static final RuleSet FIRST_BALLOT = new RuleSet(SessionKind.RESIDENTS_MEETING, 1,
                                                            ElectorateType.ADULT_RESIDENTS, new Fraction(1, 2),
                                                            new Fraction(1, 2), HouseholdBallot.FIRST_BALLOT);

    private static Hall.Opening byHousehold() {
        return Hall.online().unit(VotingUnit.HOUSEHOLD);
    }

    @Test
    void theHouseholdRepresentativeVotesForTheHousehold() {
        Hall.fixture()
            .givenCommands(byHousehold().command())
            .when(ballot(LI, "YES", 10))
            .expectEvents(new BallotCast(MOTION, LI, HOUSEHOLD_1, "YES", null, false, "li-hua-10", at(10)));
    }

    @Test
    void anotherMemberOfTheHouseholdCannotVoteUnderTheRepresentativeRule() {
        Hall.fixture()
            .givenCommands(byHousehold().command())
            .when(ballot(ZHANG, "YES", 10))
            .expectException(Unauthorized.class)
            .expectExceptionMessage("本次表决一户一票，由户代表投票 / One vote per household: the household representative votes");
    }

    @Test
    void aHouseholdWithoutARepresentativeHasNoVoteUnderTheRepresentativeRule() {
        Hall.fixture()
            .givenCommands(byHousehold().command())
            .when(ballot(SUN, "YES", 10))
            .expectException(Unauthorized.class);
    }

    @Test
    void underTheFirstBallotRuleAnyoneOfTheHouseholdMayCastItsVote() {
        Hall.fixture(Hall.registers().rules(FIRST_BALLOT), new Hall.Sessions())
            .givenCommands(byHousehold().command())
            .when(ballot(ZHANG, "NO", 10))
            .expectEvents(new BallotCast(MOTION, ZHANG, HOUSEHOLD_1, "NO", null, false, "zhang-wei-10", at(10)));
    }

    @Test
    void underTheFirstBallotRuleALaterBallotOfTheHouseholdIsRefused() {
        Hall.fixture(Hall.registers().rules(FIRST_BALLOT), new Hall.Sessions())
            .givenCommands(byHousehold().command(), ballot(ZHANG, "NO", 10))
            .when(ballot(LI, "YES", 20))
            .expectException(Rejection.class)
            .expectExceptionMessage("本户已有人投票，一户一票以第一张有效票为准 / "
                                    + "Someone of your household has voted already; the household's first valid ballot counts");
    }

    @Test
    void underTheFirstBallotRuleTheFirstVoterMayStillChangeTheHouseholdsBallot() {
        Hall.fixture(Hall.registers().rules(FIRST_BALLOT), new Hall.Sessions())
            .givenCommands(byHousehold().command(), ballot(ZHANG, "NO", 10))
            .when(ballot(ZHANG, "YES", 20))
            .expectEvents(new BallotCast(MOTION, ZHANG, HOUSEHOLD_1, "YES", null, true, "zhang-wei-20", at(20)));
    }

    @Test
    void underTheFirstBallotRuleEveryOtherHouseholdStillVotes() {
        Hall.fixture(Hall.registers().rules(FIRST_BALLOT), new Hall.Sessions())
            .givenCommands(byHousehold().command(), ballot(ZHANG, "NO", 10))
            .when(ballot(SUN, "YES", 20))
            .expectEvents(new BallotCast(MOTION, SUN, HOUSEHOLD_3, "YES", null, false, "sun-li-20", at(20)));
    }

    @Test
    void onlyResidentsGroupRepresentativesVoteInARepresentativesVote() {
        Hall.fixture()
            .givenCommands(Hall.online().electorate(ElectorateType.GROUP_REPRESENTATIVES).command())
            .when(ballot(SUN, "YES", 10))
            .expectEvents(new BallotCast(MOTION, SUN, null, "YES", null, false, "sun-li-10", at(10)));
        Hall.fixture()
            .givenCommands(Hall.online().electorate(ElectorateType.GROUP_REPRESENTATIVES).command())
            .when(ballot(LI, "YES", 10))
            .expectException(Unauthorized.class);
    }

    @Test
    void merchantsVoteOnASquareConventionWhileThePropertyManagementOnlySpeaks() {
        Hall.Opening convention = Hall.online().electorate(ElectorateType.ADULT_RESIDENTS, StakeholderGroup.MERCHANT);

        Hall.fixture()
            .givenCommands(convention.command())
            .when(ballot(MERCHANT, "YES", 10))
            .expectEvents(new BallotCast(MOTION, MERCHANT, null, "YES", null, false, "liu-shop-10", at(10)));
        Hall.fixture()
            .givenCommands(convention.command())
            .when(ballot(PROPERTY, "YES", 10))
            .expectException(Unauthorized.class);
    }

    @Test
    void inAMeetingOnlyThoseCheckedInWhenTheVoteOpenedVote() {
        Hall.Sessions fewPresent = new Hall.Sessions().meeting(SessionStatus.OPEN, PARKING_ITEM, MEETING_RULES, LI,
                                                               ZHANG);

        Hall.fixture(Hall.registers(), fewPresent)
            .givenCommands(Hall.inMeeting().command())
            .when(ballot(WANG, "YES", 10))
            .expectException(Unauthorized.class)
            .expectExceptionMessage("你不在本次表决的投票人名单中 / You are not on the roll of this vote");
        Hall.fixture(Hall.registers(), fewPresent)
            .givenCommands(Hall.inMeeting().command())
            .when(ballot(ZHANG, "YES", 10))
            .expectSuccessfulHandlerExecution();
    }
}
