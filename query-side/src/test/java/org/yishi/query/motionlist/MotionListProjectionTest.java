package org.yishi.query.motionlist;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.SessionId;
import org.yishi.query.api.motions.FindMotions;
import org.yishi.query.api.motions.MotionList;
import org.yishi.query.api.motions.MotionStatus;
import org.yishi.query.motiontesting.Votes;
import org.yishi.query.motiontesting.Votes.Setup;
import org.yishi.query.personnames.EmbeddedStore;
import org.yishi.query.sessiontesting.Projected;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MotionListProjectionTest {

    static final SessionId MEETING = new SessionId("meeting-1");
    static final AgendaItemId SQUARE = new AgendaItemId("item-square");
    static final PersonId ZHANG = new PersonId("p-zhang");
    static final PersonId LI = new PersonId("p-li");
    static final Instant T = Instant.parse("2026-05-09T02:00:00Z");
    static final List<Voter> ROLL = List.of(new Voter(ZHANG, null, false, null), new Voter(LI, null, false, null));

    @TempDir
    Path directory;
    EmbeddedStore store;
    MotionListProjection projection;
    Projected handlers;

    @BeforeEach
    void open() {
        store = new EmbeddedStore(directory);
        projection = new MotionListProjection(store.database());
        handlers = new Projected(projection);
        handlers.event(Votes.opened(new MotionId("in-session"), MEETING, SQUARE, "广场舞限时", Setup.named(), ROLL,
                                    null, T), 1, T);
        handlers.event(new BallotCast(new MotionId("in-session"), ZHANG, null, "YES", null, false, "r1", T), 2, T);
        handlers.event(new BallotCast(new MotionId("in-session"), ZHANG, null, "NO", null, true, "r2", T), 3, T);
        handlers.event(new BallotCast(new MotionId("in-session"), LI, null, "YES", null, false, "r3", T), 4, T);
        handlers.event(Votes.closedYesNo(new MotionId("in-session"),
                                         Votes.tally(Map.of("YES", 1, "NO", 1, "ABSTAIN", 0), 2, 2, List.of()), 2,
                                         T.plusSeconds(60)), 5, T.plusSeconds(60));
        handlers.event(Votes.opened(new MotionId("late"), null, null, "停车位划线", Setup.named(), ROLL,
                                    T.plusSeconds(86_400 * 3), T.plusSeconds(100)), 6, T);
        handlers.event(Votes.opened(new MotionId("soon"), null, null, "养犬公约", Setup.named(), ROLL,
                                    T.plusSeconds(86_400), T.plusSeconds(200)), 7, T);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCommunitysMotionsShowOpenOnesFirstByDeadlineThenClosedOnesWithTheirOutcome() {
        MotionList list = projection.handle(new FindMotions(Votes.JINYUAN.value(), null));

        assertThat(list.motions()).extracting(MotionList.Entry::motionId, MotionList.Entry::status,
                                              MotionList.Entry::outcome)
                                  .containsExactly(tuple("soon", MotionStatus.OPEN, null),
                                                   tuple("late", MotionStatus.OPEN, null),
                                                   tuple("in-session", MotionStatus.CLOSED, ResultOutcome.NOT_PASSED));
        assertThat(list.position()).isEqualTo(7);
    }

    @Test
    void aSessionsMotionsAreItsOwnWithTurnoutCountingAChangedBallotOnce() {
        MotionList list = projection.handle(new FindMotions(Votes.JINYUAN.value(), MEETING.value()));

        assertThat(list.motions()).singleElement().satisfies(motion -> {
            assertThat(motion.turnout()).isEqualTo(2);
            assertThat(motion.eligible()).isEqualTo(2);
            assertThat(motion.itemId()).isEqualTo(SQUARE.value());
            assertThat(motion.closedAt()).isEqualTo(T.plusSeconds(60));
        });
    }

    @Test
    void aReplayedBallotDoesNotCountAgainAndAResetForgetsEveryMotion() {
        handlers.event(new BallotCast(new MotionId("soon"), ZHANG, null, "YES", null, false, "r9", T), 8, T);
        handlers.event(new BallotCast(new MotionId("soon"), ZHANG, null, "YES", null, false, "r9", T), 8, T);

        assertThat(projection.handle(new FindMotions(Votes.JINYUAN.value(), null)).motions().get(0).turnout())
                .isEqualTo(1);

        projection.reset();

        assertThat(projection.handle(new FindMotions(Votes.JINYUAN.value(), null)).motions()).isEmpty();
    }
}
