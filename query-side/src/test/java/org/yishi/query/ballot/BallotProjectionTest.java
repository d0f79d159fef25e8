package org.yishi.query.ballot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.SealedBallot;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.query.api.motions.Ballot;
import org.yishi.query.api.motions.FindBallot;
import org.yishi.query.api.motions.MotionStatus;
import org.yishi.query.api.motions.Wording;
import org.yishi.query.motiontesting.Votes;
import org.yishi.query.motiontesting.Votes.Setup;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BallotProjectionTest {

    static final MotionId MOTION = new MotionId("motion-square");
    static final PersonId ZHANG = new PersonId("p-zhang");
    static final PersonId LI = new PersonId("p-li");
    static final PersonId CHEN = new PersonId("p-chen");
    static final HouseholdId ONE_ONE = new HouseholdId("h-1-101");
    static final Instant T = Instant.parse("2026-05-09T02:00:00Z");
    static final List<Voter> ROLL = List.of(new Voter(ZHANG, ONE_ONE, true, null),
                                            new Voter(LI, ONE_ONE, false, null), new Voter(CHEN, null, false, null));

    @TempDir
    Path directory;
    EmbeddedStore store;
    BallotProjection projection;
    Projected handlers;
    final List<Object[]> handed = new ArrayList<>();

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new BallotProjection(store.database());
        handlers = new Projected(projection);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void given(Object event) {
        long position = handed.size() + 1;
        handed.add(new Object[]{event, position});
        handlers.event(event, position, T.plusSeconds(position));
    }

    private Ballot ballot(PersonId person) {
        return projection.handle(new FindBallot(MOTION.value(), person.value())).orElseThrow();
    }

    @Test
    void aVoterOnTheRollSeesTheQuestionTheRulesAndMayVote() {
        given(Votes.opened(MOTION, null, null, "广场舞音量限制在60分贝", Setup.named(), ROLL, T.plusSeconds(3600), T));

        Ballot ballot = ballot(CHEN);

        assertThat(ballot.question()).isEqualTo("广场舞音量限制在60分贝");
        assertThat(ballot.options()).extracting(option -> option.chinese()).containsExactly("赞成", "反对", "弃权");
        assertThat(ballot.rules()).extracting(Wording::chinese)
                                  .contains("表决方式：赞成/反对/弃权", "赞成票超过出席人数的二分之一即通过", "一人一票",
                                            "表决结束前可以改票");
        assertThat(ballot.closesAt()).isEqualTo(T.plusSeconds(3600));
        assertThat(ballot.status()).isEqualTo(MotionStatus.OPEN);
        assertThat(ballot.onRoll()).isTrue();
        assertThat(ballot.voted()).isFalse();
        assertThat(ballot.mayVote()).isTrue();
        assertThat(ballot.householdBallot()).isNull();
    }

    @Test
    void aNamedBallotShowsTheVotersCurrentOptionAfterAChange() {
        given(Votes.opened(MOTION, null, null, "限制音量", Setup.named(), ROLL, null, T));
        given(new BallotCast(MOTION, CHEN, null, "YES", null, false, "r1", T));
        given(new BallotCast(MOTION, CHEN, null, "NO", null, true, "r2", T));

        assertThat(ballot(CHEN).voted()).isTrue();
        assertThat(ballot(CHEN).myOption()).isEqualTo("NO");
        assertThat(ballot(CHEN).mayVote()).isTrue();
        assertThat(ballot(CHEN).position()).isEqualTo(3);
        assertThat(ballot(ZHANG).voted()).isFalse();
    }

    @Test
    void aSecretBallotShowsOnlyThatThePersonVoted() {
        given(Votes.opened(MOTION, null, null, "限制音量", Setup.named().secret(), ROLL, null, T));
        given(new VoteRecorded(MOTION, CHEN, null, new SealedBallot("bm9uY2U=", "c2VhbGVk"), false, "r1", T));

        assertThat(ballot(CHEN).voted()).isTrue();
        assertThat(ballot(CHEN).myOption()).isNull();
        assertThat(ballot(CHEN).myReason()).isNull();
    }

    @Test
    void someoneNotOnTheRollMayNotVoteAndNeitherMaySomeoneNotSignedIn() {
        given(Votes.opened(MOTION, null, null, "限制音量", Setup.named(), ROLL, null, T));

        Ballot stranger = ballot(new PersonId("p-merchant"));
        Ballot anonymous = projection.handle(new FindBallot(MOTION.value(), null)).orElseThrow();

        assertThat(stranger.onRoll()).isFalse();
        assertThat(stranger.mayVote()).isFalse();
        assertThat(anonymous.onRoll()).isFalse();
        assertThat(anonymous.mayVote()).isFalse();
    }

    @Test
    void whenTheFirstBallotOfAHouseholdCountsTheOtherMembersSeeTheirHouseholdHasVoted() {
        given(Votes.opened(MOTION, null, null, "限制音量", Setup.named().perHousehold(HouseholdBallot.FIRST_BALLOT),
                           ROLL, null, T));
        given(new BallotCast(MOTION, LI, ONE_ONE, "YES", null, false, "r1", T));

        assertThat(ballot(ZHANG).householdVoted()).isTrue();
        assertThat(ballot(ZHANG).voted()).isFalse();
        assertThat(ballot(ZHANG).mayVote()).isFalse();
        assertThat(ballot(LI).mayVote()).isTrue();
        assertThat(ballot(LI).householdBallot()).isEqualTo(HouseholdBallot.FIRST_BALLOT);
        assertThat(ballot(LI).rules()).extracting(Wording::chinese).contains("一户一票：本户第一张有效票计入");
    }

    @Test
    void whenTheRepresentativeVotesForTheHouseholdNobodyElseOfItMay() {
        given(Votes.opened(MOTION, null, null, "限制音量", Setup.named().perHousehold(HouseholdBallot.REPRESENTATIVE),
                           ROLL, null, T));

        assertThat(ballot(ZHANG).mayVote()).isTrue();
        assertThat(ballot(LI).mayVote()).isFalse();
        assertThat(ballot(CHEN).mayVote()).isTrue();
    }

    @Test
    void aStakeholderRepresentativeVotesAloneEvenUnderOneVotePerHousehold() {
        PersonId merchant = new PersonId("p-merchant");
        List<Voter> roll = List.of(new Voter(ZHANG, ONE_ONE, true, null),
                                   new Voter(merchant, ONE_ONE, false, StakeholderGroup.MERCHANT));
        given(Votes.opened(MOTION, null, null, "广场公约", Setup.named().perHousehold(HouseholdBallot.REPRESENTATIVE),
                           roll, null, T));
        given(new BallotCast(MOTION, ZHANG, ONE_ONE, "YES", null, false, "r1", T));

        assertThat(ballot(merchant).mayVote()).isTrue();
        assertThat(ballot(merchant).householdVoted()).isFalse();
        assertThat(ballot(ZHANG).householdVoted()).isTrue();
    }

    @Test
    void aBallotThatCannotBeChangedClosesTheVoteForItsVoter() {
        given(Votes.opened(MOTION, null, null, "限制音量", Setup.named().unchangeable(), ROLL, null, T));
        given(new BallotCast(MOTION, CHEN, null, "YES", null, false, "r1", T));

        assertThat(ballot(CHEN).mayVote()).isFalse();
        assertThat(ballot(CHEN).rules()).extracting(Wording::english).contains("a ballot cannot be changed once cast");
    }

    @Test
    void afterTheCloseTheBallotShowsTheResultAndTakesNoMoreVotes() {
        given(Votes.opened(MOTION, null, null, "限制音量", Setup.named(), ROLL, null, T));
        given(new BallotCast(MOTION, CHEN, null, "YES", null, false, "r1", T));
        given(Votes.closedYesNo(MOTION, Votes.tally(Map.of("YES", 1, "NO", 0, "ABSTAIN", 0), 1, 3, List.of()), 3,
                                T.plusSeconds(60)));

        Ballot ballot = ballot(ZHANG);

        assertThat(ballot.status()).isEqualTo(MotionStatus.CLOSED);
        assertThat(ballot.mayVote()).isFalse();
        assertThat(ballot.result().outcome()).isEqualTo(ResultOutcome.NOT_PASSED);
        assertThat(ballot.result().explanation().english()).isEqualTo(
                "1 yes out of 3 (those present), more than half needed: not passed");
    }

    @Test
    void replayingEveryEventChangesNoBallot() {
        given(Votes.opened(MOTION, null, null, "限制音量", Setup.named().perHousehold(HouseholdBallot.FIRST_BALLOT),
                           ROLL, null, T));
        given(new BallotCast(MOTION, LI, ONE_ONE, "YES", null, false, "r1", T));
        given(new BallotCast(MOTION, LI, ONE_ONE, "NO", null, true, "r2", T));
        given(new BallotCast(MOTION, CHEN, null, "NO", null, false, "r3", T));
        List<Ballot> before = List.of(ballot(ZHANG), ballot(LI), ballot(CHEN));

        handed.forEach(event -> handlers.event(event[0], (Long) event[1], T));

        assertThat(List.of(ballot(ZHANG), ballot(LI), ballot(CHEN))).isEqualTo(before);
    }

    @Test
    void anUnknownMotionIsNotFoundAndAResetForgetsEveryMotion() {
        given(Votes.opened(MOTION, null, null, "限制音量", Setup.named(), ROLL, null, T));
        assertThat(projection.handle(new FindBallot("nothing", CHEN.value()))).isEmpty();

        projection.reset();

        assertThat(projection.handle(new FindBallot(MOTION.value(), CHEN.value()))).isEmpty();
    }
}
