package org.yishi.query.tally;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.SealedBallot;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.query.api.motions.FindTally;
import org.yishi.query.api.motions.MotionStatus;
import org.yishi.query.api.motions.MotionTally;
import org.yishi.query.motiontesting.Votes;
import org.yishi.query.motiontesting.Votes.Setup;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TallyProjectionTest {

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
    TallyProjection projection;
    Projected handlers;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new TallyProjection(store.database());
        handlers = new Projected(projection);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private MotionTally tally() {
        return projection.handle(new FindTally(MOTION.value())).orElseThrow();
    }

    @Test
    void whileAMotionIsOpenOnlyTurnoutShowsAndNoCounts() {
        handlers.event(Votes.opened(MOTION, null, null, "限制音量", Setup.named(), ROLL, T.plusSeconds(600), T), 1, T);
        handlers.event(new BallotCast(MOTION, ZHANG, null, "YES", null, false, "r1", T), 2, T);
        handlers.event(new BallotCast(MOTION, ZHANG, null, "NO", null, true, "r2", T), 3, T);
        handlers.event(new BallotCast(MOTION, LI, null, "YES", null, false, "r3", T), 4, T);

        assertThat(tally().status()).isEqualTo(MotionStatus.OPEN);
        assertThat(tally().tookPart()).isEqualTo(2);
        assertThat(tally().eligible()).isEqualTo(3);
        assertThat(tally().counted()).isNull();
        assertThat(tally().result()).isNull();
        assertThat(tally().agrees()).isNull();
    }

    @Test
    void aChangedBallotCountsOnceWithItsLatestOptionWhenTheMotionCloses() {
        handlers.event(Votes.opened(MOTION, null, null, "限制音量", Setup.named(), ROLL, T.plusSeconds(600), T), 1, T);
        handlers.event(new BallotCast(MOTION, ZHANG, null, "YES", null, false, "r1", T), 2, T);
        handlers.event(new BallotCast(MOTION, ZHANG, null, "NO", null, true, "r2", T), 3, T);
        handlers.event(new BallotCast(MOTION, LI, null, "YES", null, false, "r3", T), 4, T);
        var recorded = Votes.tally(Map.of("YES", 1, "NO", 1, "ABSTAIN", 0), 2, 3, List.of());
        handlers.event(Votes.closedYesNo(MOTION, recorded, 3, T.plusSeconds(60)), 5, T);

        assertThat(tally().status()).isEqualTo(MotionStatus.CLOSED);
        assertThat(tally().counted()).isEqualTo(recorded);
        assertThat(tally().agrees()).isTrue();
        assertThat(tally().result().explanation().chinese()).contains("赞成 1 票").contains("未通过");
        assertThat(tally().result().ruleSet().version()).isEqualTo(2);
    }

    @Test
    void aRecordedTallyThatTheBallotsDoNotGiveShowsAsDisagreeing() {
        handlers.event(Votes.opened(MOTION, null, null, "限制音量", Setup.named(), ROLL, T.plusSeconds(600), T), 1, T);
        handlers.event(new BallotCast(MOTION, ZHANG, null, "NO", null, false, "r1", T), 2, T);
        var forged = Votes.tally(Map.of("YES", 1, "NO", 0, "ABSTAIN", 0), 1, 3, List.of());
        handlers.event(Votes.closedYesNo(MOTION, forged, 3, T.plusSeconds(60)), 3, T);

        assertThat(tally().counted().counts()).containsEntry("NO", 1).containsEntry("YES", 0);
        assertThat(tally().result().tally()).isEqualTo(forged);
        assertThat(tally().agrees()).isFalse();
    }

    @Test
    void aSecretMotionIsCountedFromItsUnsealedContentsWithObjectionsSortedAndNoVoter() {
        Setup consent = Setup.named().method(Method.CONSENT, 0).secret();
        handlers.event(Votes.opened(MOTION, null, null, "公约第三条", consent, ROLL, T.plusSeconds(600), T), 1, T);
        SealedBallot sealed = new SealedBallot("bm9uY2U=", "c2VhbGVk");
        handlers.event(new VoteRecorded(MOTION, ZHANG, null, sealed, false, "r1", T), 2, T);
        handlers.event(new VoteRecorded(MOTION, LI, null, sealed, false, "r2", T), 3, T);
        handlers.event(new VoteRecorded(MOTION, LI, null, sealed, true, "r3", T), 4, T);
        handlers.event(new BallotsUnsealed(MOTION, List.of("CONSENT", "OBJECT"), List.of("噪音太大"), T), 5, T);
        var recorded = Votes.tally(Map.of("CONSENT", 1, "OBJECT", 1), 2, 3, List.of("噪音太大"));
        handlers.event(Votes.closed(MOTION, Method.CONSENT, recorded, T), 6, T);

        assertThat(tally().tookPart()).isEqualTo(2);
        assertThat(tally().counted()).isEqualTo(recorded);
        assertThat(tally().agrees()).isTrue();
    }

    @Test
    void underOneVotePerHouseholdTheHouseholdCountsOnceAndAnotherMembersBallotDoesNot() {
        Setup household = Setup.named().perHousehold(HouseholdBallot.FIRST_BALLOT);
        handlers.event(Votes.opened(MOTION, null, null, "限制音量", household, ROLL, T.plusSeconds(600), T), 1, T);
        handlers.event(new BallotCast(MOTION, LI, ONE_ONE, "YES", null, false, "r1", T), 2, T);
        handlers.event(new BallotCast(MOTION, ZHANG, ONE_ONE, "NO", null, false, "r2", T), 3, T);
        handlers.event(new BallotCast(MOTION, CHEN, null, "NO", null, false, "r3", T), 4, T);
        var recorded = Votes.tally(Map.of("YES", 1, "NO", 1, "ABSTAIN", 0), 2, 2, List.of());
        handlers.event(Votes.closedYesNo(MOTION, recorded, 2, T), 5, T);

        assertThat(tally().tookPart()).isEqualTo(2);
        assertThat(tally().counted()).isEqualTo(recorded);
    }

    /**
     * A batch's writes become durable together with its token, but another write's group commit can make some of them
     * durable before: after a stop, a ballot can be handed over again with its unit written and its motion not.
     */
    @Test
    void aBallotHandedOverAgainAfterOnlyItsUnitWasStoredStillCountsItsUnitOnce() {
        handlers.event(Votes.opened(MOTION, null, null, "限制音量", Setup.named(), ROLL, T.plusSeconds(600), T), 1, T);
        var motions = store.database().getCollection("view_motion_tally");
        org.bson.Document beforeTheBallot = motions.find(new org.bson.Document("_id", MOTION.value())).first();
        handlers.event(new BallotCast(MOTION, CHEN, null, "YES", null, false, "r1", T), 2, T);
        motions.replaceOne(new org.bson.Document("_id", MOTION.value()), beforeTheBallot);

        handlers.event(new BallotCast(MOTION, CHEN, null, "YES", null, false, "r1", T), 2, T);
        handlers.event(new BallotCast(MOTION, CHEN, null, "NO", null, true, "r2", T), 3, T);

        assertThat(tally().tookPart()).isEqualTo(1);
        assertThat(tally().position()).isEqualTo(3);
    }

    @Test
    void anUnknownMotionIsNotFoundAndAResetForgetsEveryMotion() {
        handlers.event(Votes.opened(MOTION, null, null, "限制音量", Setup.named(), ROLL, T.plusSeconds(600), T), 1, T);
        assertThat(projection.handle(new FindTally("nothing"))).isEmpty();

        projection.reset();

        assertThat(projection.handle(new FindTally(MOTION.value()))).isEmpty();
    }
}
