package org.yishi.command.decision;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.RecordDecision;
import org.yishi.command.api.decision.ReviseDecision;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemClosed;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionScheduled;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.decision.DecisionFixtures.ITEM;
import static org.yishi.command.decision.DecisionFixtures.JINYUAN;
import static org.yishi.command.decision.DecisionFixtures.MOTION;
import static org.yishi.command.decision.DecisionFixtures.PROPOSAL;
import static org.yishi.command.decision.DecisionFixtures.SESSION;
import static org.yishi.command.decision.DecisionFixtures.TITLE;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.at;

/**
 * The policy through Axon itself on the engine and the embedded store: motion and session events as their
 * aggregates store them, the policy's own tracking processor with its token in MongoDB, and the decision aggregate.
 * A replay and a restart that lost the token see every closing again, and record nothing twice.
 */
class DecisionRecordingFlowTest {

    private static final PersonId MODERATOR = new PersonId("moderator");
    private static final String RECOMMENDATION = "建议成立广场治理监督小组，每日巡查音量";

    @TempDir
    Path directory;
    private EmbeddedStore store;
    private DecisionNode node;

    @BeforeEach
    void start() {
        store = new EmbeddedStore(directory);
        node = new DecisionNode(store);
    }

    @AfterEach
    void stop() {
        node.close();
        store.close();
    }

    @Test
    void aPassedMotionBecomesOneDraftDecisionLinkedToItsMotionSessionItemAndProposal() {
        MotionOpened opened = SquareVote.yesNo();
        MotionClosed closed = SquareVote.passed();
        store(opened, closed);

        node.awaitRecorded(DecisionId.ofMotion(MOTION));

        assertThat(node.eventsOf(DecisionId.ofMotion(MOTION))).containsExactly(
                new DecisionRecorded(DecisionId.ofMotion(MOTION), JINYUAN, DecisionSource.MOTION, TITLE,
                                     ResultStatement.of(opened, closed), PROPOSAL, SESSION, ITEM, MOTION, ZHOU,
                                     closed.at()));
    }

    @Test
    void aMotionClosedAtItsDeadlineIsRecordedInTheNameOfWhoOpenedIt() {
        MotionClosed atDeadline = new MotionClosed(MOTION, ResultOutcome.PASSED, MotionOption.YES,
                                                   SquareVote.passed().tally(), SquareVote.passed().computation(),
                                                   SquareVote.RULES, ClosedBy.DEADLINE, null, at(60));
        store(SquareVote.yesNo(), atDeadline);

        node.awaitRecorded(DecisionId.ofMotion(MOTION));

        assertThat(node.eventsOf(DecisionId.ofMotion(MOTION))).singleElement()
                .isInstanceOfSatisfying(DecisionRecorded.class, recorded -> {
                    assertThat(recorded.recordedBy()).isEqualTo(ZHOU);
                    assertThat(recorded.at()).isEqualTo(at(60));
                });
    }

    @Test
    void aMotionThatDidNotPassRecordsNoDecision() {
        MotionId tied = new MotionId("tied");
        store(opening(tied), closing(tied, ResultOutcome.TIED));
        MotionId later = new MotionId("later");
        store(opening(later), closing(later, ResultOutcome.PASSED));

        // one processor handles events in store order, so once the later motion's decision exists, the tie was seen
        node.awaitRecorded(DecisionId.ofMotion(later));

        assertThat(node.eventsOf(DecisionId.ofMotion(tied))).isEmpty();
    }

    @Test
    void anItemClosedWithARecommendationBecomesADraftDecisionLinkedToTheItemsProposal() {
        storeSession(Outcome.RECOMMENDATION);
        DecisionId decision = DecisionId.ofItem(SESSION, ITEM);

        node.awaitRecorded(decision);

        assertThat(node.eventsOf(decision)).containsExactly(
                new DecisionRecorded(decision, JINYUAN, DecisionSource.RECOMMENDATION, "广场舞噪音扰民", RECOMMENDATION,
                                     PROPOSAL, SESSION, ITEM, null, MODERATOR, at(40)));
    }

    @Test
    void anItemDeferredRecordsNoDecision() {
        storeSession(Outcome.DEFERRED);
        store(SquareVote.yesNo(), SquareVote.passed());

        node.awaitRecorded(DecisionId.ofMotion(MOTION));

        assertThat(node.eventsOf(DecisionId.ofItem(SESSION, ITEM))).isEmpty();
    }

    @Test
    void aReplayFromTheStartRecordsNothingTwiceAndKeepsTheCommitteesRevision() {
        store(SquareVote.yesNo(), SquareVote.passed());
        storeSession(Outcome.RECOMMENDATION);
        node.awaitRecorded(DecisionId.ofItem(SESSION, ITEM));
        DecisionRevised revision = new DecisionRevised(DecisionId.ofMotion(MOTION), 0, TITLE, "修改后的决议正文", null,
                                                       ZHOU, at(90));
        node.commands().sendAndWait(new ReviseDecision(DecisionId.ofMotion(MOTION), TITLE, "修改后的决议正文", null,
                                                       ZHOU, at(90)));

        StreamingEventProcessor processor = node.processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        MotionId marker = new MotionId("after-replay");
        store(opening(marker), closing(marker, ResultOutcome.PASSED));
        node.awaitRecorded(DecisionId.ofMotion(marker));

        assertThat(node.eventsOf(DecisionId.ofMotion(MOTION))).hasSize(2).last().isEqualTo(revision);
        assertThat(node.eventsOf(DecisionId.ofItem(SESSION, ITEM))).hasSize(1);
    }

    @Test
    void aNodeStartingWithoutTheTokenSeesEveryClosingAgainAndRecordsNothingTwice() {
        store(SquareVote.yesNo(), SquareVote.passed());
        node.awaitRecorded(DecisionId.ofMotion(MOTION));
        node.close();
        store.collections.tokens().drop();

        node = new DecisionNode(store);
        MotionId marker = new MotionId("after-restart");
        store(opening(marker), closing(marker, ResultOutcome.PASSED));
        node.awaitRecorded(DecisionId.ofMotion(marker));

        assertThat(node.eventsOf(DecisionId.ofMotion(MOTION))).hasSize(1);
    }

    @Test
    void twoNodesRecordingTheSameDecisionAtOnceStoreItOnceAndTheLoserFindsItOnItsRetry() throws Exception {
        RecordDecision record = new RecordDecision(DecisionId.ofMotion(MOTION), JINYUAN, DecisionSource.MOTION, TITLE,
                                                   "表决通过", PROPOSAL, SESSION, ITEM, MOTION, ZHOU, at(30));
        try (DecisionNode other = new DecisionNode(store)) {
            List<DecisionNode> nodes = List.of(node, other);
            CountDownLatch ready = new CountDownLatch(nodes.size());
            ExecutorService both = Executors.newFixedThreadPool(nodes.size());
            try {
                List<Future<Object>> attempts = nodes.stream().map(each -> both.submit(() -> {
                    ready.countDown();
                    ready.await();
                    try {
                        return each.commands().sendAndWait(record);
                    } catch (RuntimeException lostTheRace) {
                        // both found no decision and wrote the first commit; the store kept one, as a processor's
                        // retry of the event would find
                        return each.commands().sendAndWait(record);
                    }
                })).toList();
                for (Future<Object> attempt : attempts) {
                    attempt.get(30, TimeUnit.SECONDS);
                }
            } finally {
                both.shutdownNow();
            }
        }

        assertThat(node.eventsOf(DecisionId.ofMotion(MOTION))).singleElement().isInstanceOf(DecisionRecorded.class);
    }

    private static MotionOpened opening(MotionId motion) {
        MotionOpened square = SquareVote.yesNo();
        return new MotionOpened(motion, JINYUAN, null, null, null, "是否同意" + motion, square.method(),
                                square.options(), square.passing(), square.tieRule(), square.secrecy(), square.unit(),
                                square.householdBallot(), false, at(60), square.ruleSet(), square.electorate(), 0,
                                true, ZHOU, at(1));
    }

    private static MotionClosed closing(MotionId motion, ResultOutcome outcome) {
        Map<String, Integer> counts = Map.of("YES", 5, "NO", 5, "ABSTAIN", 0);
        return new MotionClosed(motion, outcome, outcome == ResultOutcome.PASSED ? "YES" : null,
                                new Tally(counts, 10, 20, List.of()),
                                new Computation(10, 0, true, 5, 10, new Fraction(1, 2), false, PassingBase.PRESENT,
                                                List.of(), null, null),
                                SquareVote.RULES, ClosedBy.MODERATOR, ZHOU, at(30));
    }

    private void storeSession(Outcome outcome) {
        RuleSet rules = RuleSet.defaultFor(SessionKind.DELIBERATION_DAY);
        node.store("Session", SESSION.value(), 0,
                   new SessionScheduled(SESSION, JINYUAN, SessionKind.DELIBERATION_DAY, "锦苑广场议事日", at(0),
                                        "社区活动中心", Format.HYBRID, MODERATOR, Set.of(), "AB12", 120, false, rules, 20,
                                        0, ZHOU, at(0)),
                   new AgendaItemAdded(SESSION, new AgendaItemId("stalls"), null, "流动摊贩管理", 20, 120, ZHOU, at(1)),
                   new AgendaItemAdded(SESSION, ITEM, PROPOSAL, "广场舞噪音扰民", 30, 120, ZHOU, at(2)),
                   new ParticipantCheckedIn(SESSION, ZHOU, null, null, false, CheckInMethod.STAFF, 1, 20, ZHOU, at(3)),
                   new AgendaItemClosed(SESSION, ITEM, outcome,
                                        outcome == Outcome.RECOMMENDATION ? RECOMMENDATION : null, MODERATOR, at(40)));
    }

    private void store(MotionOpened opened, MotionClosed closed) {
        node.store("Motion", opened.motionId().value(), 0, opened, closed);
    }
}
