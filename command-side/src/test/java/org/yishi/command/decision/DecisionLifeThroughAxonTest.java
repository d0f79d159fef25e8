package org.yishi.command.decision;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.decision.ActionCompleted;
import org.yishi.command.api.decision.AddFollowUpAction;
import org.yishi.command.api.decision.ApproveDecision;
import org.yishi.command.api.decision.CompleteAction;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.ImplementationRated;
import org.yishi.command.api.decision.ProgressReported;
import org.yishi.command.api.decision.PublishDecision;
import org.yishi.command.api.decision.RateImplementation;
import org.yishi.command.api.decision.RecordSupervisionCheck;
import org.yishi.command.api.decision.ReportProgress;
import org.yishi.command.api.decision.ReturnDecision;
import org.yishi.command.api.decision.ReviseDecision;
import org.yishi.command.api.decision.SubmitDecisionForReview;
import org.yishi.command.api.decision.SupervisionCheckRecorded;
import org.yishi.command.api.decision.Visibility;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yishi.command.decision.DecisionFixtures.COMMENTS;
import static org.yishi.command.decision.DecisionFixtures.DECISION;
import static org.yishi.command.decision.DecisionFixtures.DUE;
import static org.yishi.command.decision.DecisionFixtures.LI;
import static org.yishi.command.decision.DecisionFixtures.MOTION;
import static org.yishi.command.decision.DecisionFixtures.PATROL;
import static org.yishi.command.decision.DecisionFixtures.PROPERTY;
import static org.yishi.command.decision.DecisionFixtures.REASON;
import static org.yishi.command.decision.DecisionFixtures.REVISED_TEXT;
import static org.yishi.command.decision.DecisionFixtures.TEXT;
import static org.yishi.command.decision.DecisionFixtures.TITLE;
import static org.yishi.command.decision.DecisionFixtures.WU;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.at;

/**
 * A decision's whole life through Axon on the embedded store, as the demo walks it: a passed vote recorded by the
 * policy, a return with comments, a revision, approval, publication, a follow-up action carried out and checked,
 * and a resident's rating changed once. Every step is loaded from the engine's commits, not from a fixture.
 */
class DecisionLifeThroughAxonTest {

    @TempDir
    Path directory;
    private EmbeddedStore store;
    private DecisionNode node;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        store = new EmbeddedStore(directory);
        node = new DecisionNode(store);
        commands = node.commands();
        node.store("Motion", MOTION.value(), 0, SquareVote.yesNo(), SquareVote.passed());
        node.awaitRecorded(DECISION);
    }

    @AfterEach
    void stop() {
        node.close();
        store.close();
    }

    @Test
    void aPassedVoteIsReturnedRevisedApprovedPublishedFollowedUpAndRatedWithEveryRoundKept() {
        commands.sendAndWait(new ReviseDecision(DECISION, TITLE, TEXT, null, ZHOU, at(10)));
        commands.sendAndWait(new SubmitDecisionForReview(DECISION, null, ZHOU, at(20)));
        commands.sendAndWait(new ReturnDecision(DECISION, COMMENTS, WU, at(25)));
        commands.sendAndWait(new ReviseDecision(DECISION, TITLE, REVISED_TEXT, REASON, ZHOU, at(30)));
        commands.sendAndWait(new SubmitDecisionForReview(DECISION, "已按意见修改", ZHOU, at(40)));
        commands.sendAndWait(new ApproveDecision(DECISION, "同意公布", WU, at(45)));
        commands.sendAndWait(new PublishDecision(DECISION, Visibility.PUBLIC, ZHOU, at(50)));
        commands.sendAndWait(new AddFollowUpAction(DECISION, PATROL, "每日巡查广场音量", "广场治理监督小组", PROPERTY, DUE,
                                                   ZHOU, at(60)));
        commands.sendAndWait(new ReportProgress(DECISION, PATROL, "本周巡查五次，音量均达标", PROPERTY, at(70)));
        commands.sendAndWait(new CompleteAction(DECISION, PATROL, "监督小组已常态化巡查", PROPERTY, at(80)));
        commands.sendAndWait(new RecordSupervisionCheck(DECISION, PATROL, true, "抽查三晚，音量达标", ZHOU, at(90)));
        commands.sendAndWait(new RateImplementation(DECISION, 4, "晚上安静多了", LI, at(100)));
        commands.sendAndWait(new RateImplementation(DECISION, 4, "晚上安静多了", LI, at(101)));
        commands.sendAndWait(new RateImplementation(DECISION, 5, "晚上安静多了", LI, at(110)));

        assertThat(node.eventsOf(DECISION)).hasExactlyElementsOfTypes(
                DecisionRecorded.class, DecisionRevised.class, DecisionSubmittedForReview.class,
                DecisionReturned.class, DecisionRevised.class, DecisionSubmittedForReview.class,
                DecisionApproved.class, DecisionPublished.class, FollowUpActionAdded.class, ProgressReported.class,
                ActionCompleted.class, SupervisionCheckRecorded.class, ImplementationRated.class,
                ImplementationRated.class);
        assertThat(node.eventsOf(DECISION)).contains(
                new DecisionSubmittedForReview(DECISION, 1, TITLE, TEXT, null, ZHOU, at(20)),
                new DecisionReturned(DECISION, 1, COMMENTS, WU, at(25)),
                new DecisionRevised(DECISION, 1, TITLE, REVISED_TEXT, REASON, ZHOU, at(30)),
                new DecisionSubmittedForReview(DECISION, 2, TITLE, REVISED_TEXT, "已按意见修改", ZHOU, at(40)),
                new DecisionApproved(DECISION, 2, "同意公布", WU, at(45)),
                new ImplementationRated(DECISION, LI, 5, "晚上安静多了", true, at(110)));
    }

    @Test
    void aRefusalReachesTheCallerInBothLanguagesAndStoresNothing() {
        commands.sendAndWait(new SubmitDecisionForReview(DECISION, null, ZHOU, at(20)));

        assertThatThrownBy(() -> commands.sendAndWait(new ReviseDecision(DECISION, TITLE, REVISED_TEXT, REASON, ZHOU,
                                                                         at(22))))
                .isInstanceOf(Rejection.class)
                .hasMessage("该决议当前为“待党委书记审核”，不能修改 / The decision is currently “awaiting the party "
                            + "secretary's review” and cannot be revised");
        assertThatThrownBy(() -> commands.sendAndWait(new PublishDecision(DECISION, Visibility.PUBLIC, WU, at(23))))
                .isInstanceOf(Unauthorized.class);
        assertThat(node.eventsOf(DECISION)).hasExactlyElementsOfTypes(DecisionRecorded.class,
                                                                      DecisionSubmittedForReview.class);
    }
}
