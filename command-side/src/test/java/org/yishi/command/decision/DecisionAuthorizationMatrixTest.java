package org.yishi.command.decision;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.ActionId;
import org.yishi.command.api.decision.AddFollowUpAction;
import org.yishi.command.api.decision.ApproveDecision;
import org.yishi.command.api.decision.CompleteAction;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.PublishDecision;
import org.yishi.command.api.decision.RateImplementation;
import org.yishi.command.api.decision.RecordSupervisionCheck;
import org.yishi.command.api.decision.ReportProgress;
import org.yishi.command.api.decision.ReturnDecision;
import org.yishi.command.api.decision.ReviseDecision;
import org.yishi.command.api.decision.SubmitDecisionForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.authz.AuthorizationMatrix;
import org.yishi.command.authz.AuthorizationMatrix.Row;
import org.yishi.command.authz.Cast;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.yishi.command.decision.DecisionFixtures.COMMENTS;
import static org.yishi.command.decision.DecisionFixtures.DECISION;
import static org.yishi.command.decision.DecisionFixtures.DUE;
import static org.yishi.command.decision.DecisionFixtures.REASON;
import static org.yishi.command.decision.DecisionFixtures.REVISED_TEXT;
import static org.yishi.command.decision.DecisionFixtures.TITLE;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.at;
import static org.yishi.command.decision.DecisionFixtures.plus;
import static org.yishi.command.decision.DecisionFixtures.recorded;
import static org.yishi.command.decision.DecisionFixtures.returnedOnce;
import static org.yishi.command.decision.DecisionFixtures.drafted;
import static org.yishi.command.decision.DecisionFixtures.underReview;

/**
 * The authorization matrix for every command a person sends to a decision (see {@link AuthorizationMatrix}): each
 * is sent after a history in which it is valid, so a refusal can only come from who sent it.
 */
class DecisionAuthorizationMatrixTest {

    private static final ActionId PATROL = new ActionId("patrol");

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(new Cast());
    }

    private static List<Object> approved() {
        return plus(underReview(), new DecisionApproved(DECISION, 1, null, ZHOU, at(30)));
    }

    private static List<Object> published() {
        return plus(approved(), new DecisionPublished(DECISION, Visibility.PUBLIC, ZHOU, at(40)));
    }

    /** Published, with a patrol whose progress a member holding no role reports. */
    private static List<Object> withPatrol() {
        return plus(published(), new FollowUpActionAdded(DECISION, PATROL, "每日巡查广场音量", "广场治理监督小组",
                                                         Cast.PLAIN_MEMBER, DUE, ZHOU, at(50)));
    }

    private record Case(List<Object> given, Row row) {
        @Override
        public String toString() {
            return row.toString();
        }
    }

    private static Stream<Case> cases(Class<?> type, List<Object> given, Function<PersonId, ?> command) {
        return AuthorizationMatrix.rows(type, command).map(row -> new Case(given, row));
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                cases(ReviseDecision.class, returnedOnce(),
                      actor -> new ReviseDecision(DECISION, TITLE, REVISED_TEXT, REASON, actor, at(60))),
                cases(SubmitDecisionForReview.class, List.of(recorded(), drafted()),
                      actor -> new SubmitDecisionForReview(DECISION, null, actor, at(60))),
                cases(ApproveDecision.class, underReview(),
                      actor -> new ApproveDecision(DECISION, null, actor, at(60))),
                cases(ReturnDecision.class, underReview(),
                      actor -> new ReturnDecision(DECISION, COMMENTS, actor, at(60))),
                cases(PublishDecision.class, approved(),
                      actor -> new PublishDecision(DECISION, Visibility.PUBLIC, actor, at(60))),
                cases(AddFollowUpAction.class, published(),
                      actor -> new AddFollowUpAction(DECISION, PATROL, "每日巡查广场音量", "广场治理监督小组",
                                                     Cast.PLAIN_MEMBER, DUE, actor, at(60))),
                cases(ReportProgress.class, withPatrol(),
                      actor -> new ReportProgress(DECISION, PATROL, "今晚音量58分贝", actor, at(60))),
                cases(CompleteAction.class, withPatrol(),
                      actor -> new CompleteAction(DECISION, PATROL, null, actor, at(60))),
                cases(RecordSupervisionCheck.class, withPatrol(),
                      actor -> new RecordSupervisionCheck(DECISION, PATROL, true, "音量达标", actor, at(60))),
                cases(RateImplementation.class, published(),
                      actor -> new RateImplementation(DECISION, 4, null, actor, at(60)))
        ).flatMap(s -> s).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void onlyTheRolesInTheMatrixPass(Case c) {
        AuthorizationMatrix.check(fixture, c.given(), c.row());
    }

    @Test
    void theReporterOfAnActionReportsOnItWithoutHoldingARole() {
        fixture.given(withPatrol())
               .when(new ReportProgress(DECISION, PATROL, "今晚音量58分贝", Cast.PLAIN_MEMBER, at(60)))
               .expectSuccessfulHandlerExecution();
    }
}
