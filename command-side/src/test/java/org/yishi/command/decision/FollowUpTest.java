package org.yishi.command.decision;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.ActionCompleted;
import org.yishi.command.api.decision.ActionId;
import org.yishi.command.api.decision.AddFollowUpAction;
import org.yishi.command.api.decision.CompleteAction;
import org.yishi.command.api.decision.FollowUpActionAdded;
import org.yishi.command.api.decision.ProgressReported;
import org.yishi.command.api.decision.RecordSupervisionCheck;
import org.yishi.command.api.decision.ReportProgress;
import org.yishi.command.api.decision.SupervisionCheckRecorded;

import static org.yishi.command.decision.DecisionFixtures.DECISION;
import static org.yishi.command.decision.DecisionFixtures.DUE;
import static org.yishi.command.decision.DecisionFixtures.LI;
import static org.yishi.command.decision.DecisionFixtures.PATROL;
import static org.yishi.command.decision.DecisionFixtures.PROPERTY;
import static org.yishi.command.decision.DecisionFixtures.QIAN;
import static org.yishi.command.decision.DecisionFixtures.WU;
import static org.yishi.command.decision.DecisionFixtures.ZHAO;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.approved;
import static org.yishi.command.decision.DecisionFixtures.at;
import static org.yishi.command.decision.DecisionFixtures.plus;
import static org.yishi.command.decision.DecisionFixtures.published;
import static org.yishi.command.decision.DecisionFixtures.withPatrol;

/**
 * 联合评单, the committee's half: a published decision carries actions with a responsible party and a due date; the
 * reporter or the committee reports progress and completion; the committee checks how it is carried out.
 */
class FollowUpTest {

    private static final ActionId SIGNS = new ActionId("signs");
    private static final String SIGNS_TEXT = "在广场入口设置音量提示牌";
    private static final ActionCompleted PATROL_DONE = new ActionCompleted(DECISION, PATROL, null, PROPERTY, at(70));

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void fixture() {
        fixture = DecisionFixtures.fixture();
    }

    @Test
    void aCommitteeMemberAddsAnActionWithItsResponsiblePartyReporterAndDueDate() {
        fixture.given(published())
               .when(new AddFollowUpAction(DECISION, SIGNS, " " + SIGNS_TEXT + " ", " 物业公司 ", PROPERTY, DUE, ZHOU,
                                           at(50)))
               .expectEvents(new FollowUpActionAdded(DECISION, SIGNS, SIGNS_TEXT, "物业公司", PROPERTY, DUE, ZHOU,
                                                     at(50)));
    }

    @Test
    void anActionMayHaveNoReporterAndIsThenReportedOnByTheCommittee() {
        fixture.given(published())
               .when(new AddFollowUpAction(DECISION, SIGNS, SIGNS_TEXT, "社区居委会", null, DUE, ZHOU, at(50)))
               .expectEvents(new FollowUpActionAdded(DECISION, SIGNS, SIGNS_TEXT, "社区居委会", null, DUE, ZHOU,
                                                     at(50)));
    }

    @Test
    void anActionNeedsADueDate() {
        fixture.given(published())
               .when(new AddFollowUpAction(DECISION, SIGNS, SIGNS_TEXT, "物业公司", null, null, ZHOU, at(50)))
               .expectException(Rejection.class)
               .expectExceptionMessage("完成期限不能为空 / A due date is required");
    }

    @Test
    void anActionsDescriptionHasAtMostFiveHundredCharacters() {
        fixture.given(published())
               .when(new AddFollowUpAction(DECISION, SIGNS, "事".repeat(501), "物业公司", null, DUE, ZHOU, at(50)))
               .expectException(Rejection.class)
               .expectExceptionMessage("跟进事项内容不能超过500个字 / A description has at most 500 characters");
    }

    @Test
    void anActionNamesWhoIsResponsibleInAtMostOneHundredCharacters() {
        fixture.given(published())
               .when(new AddFollowUpAction(DECISION, SIGNS, SIGNS_TEXT, "责".repeat(101), null, DUE, ZHOU, at(50)))
               .expectException(Rejection.class)
               .expectExceptionMessage("责任方不能超过100个字 / The responsible party has at most 100 characters");
    }

    @Test
    void anActionIdIsUsedOnce() {
        fixture.given(withPatrol())
               .when(new AddFollowUpAction(DECISION, PATROL, SIGNS_TEXT, "物业公司", null, DUE, ZHOU, at(55)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该跟进事项已存在 / This follow-up action exists already");
    }

    @Test
    void theReporterIsAMemberOfTheCommunity() {
        fixture.given(published())
               .when(new AddFollowUpAction(DECISION, SIGNS, SIGNS_TEXT, "物业公司", ZHAO, DUE, ZHOU, at(50)))
               .expectException(Rejection.class)
               .expectExceptionMessage("进展报告人须是本社区成员 / The person reporting progress must be a member here");
    }

    @Test
    void anUnpublishedDecisionHasNoFollowUpActions() {
        fixture.given(approved())
               .when(new AddFollowUpAction(DECISION, SIGNS, SIGNS_TEXT, "物业公司", null, DUE, ZHOU, at(35)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“已审核通过”，不能添加跟进事项 / "
                                       + "The decision is currently “approved” and cannot be followed up");
    }

    @Test
    void aResidentCannotAddAnAction() {
        fixture.given(published())
               .when(new AddFollowUpAction(DECISION, SIGNS, SIGNS_TEXT, "物业公司", null, DUE, LI, at(50)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void theReporterReportsProgress() {
        fixture.given(withPatrol())
               .when(new ReportProgress(DECISION, PATROL, " 本周巡查五次，音量均达标 ", PROPERTY, at(60)))
               .expectEvents(new ProgressReported(DECISION, PATROL, "本周巡查五次，音量均达标", PROPERTY, at(60)));
    }

    @Test
    void aCommitteeMemberReportsProgressOnAnyAction() {
        fixture.given(withPatrol())
               .when(new ReportProgress(DECISION, PATROL, "居委会协助巡查", ZHOU, at(60)))
               .expectEvents(new ProgressReported(DECISION, PATROL, "居委会协助巡查", ZHOU, at(60)));
    }

    @Test
    void aProgressReportIsNotBlank() {
        fixture.given(withPatrol())
               .when(new ReportProgress(DECISION, PATROL, " ", PROPERTY, at(60)))
               .expectException(Rejection.class)
               .expectExceptionMessage("进展情况不能为空 / A progress report is required");
    }

    @Test
    void anotherResidentCannotReportProgress() {
        fixture.given(withPatrol())
               .when(new ReportProgress(DECISION, PATROL, "巡查了", LI, at(60)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aReporterWhoLeftTheCommunityNoLongerReports() {
        fixture.given(plus(published(), new FollowUpActionAdded(DECISION, SIGNS, SIGNS_TEXT, "物业公司",
                                                                 new PersonId("gone"), DUE, ZHOU, at(50))))
               .when(new ReportProgress(DECISION, SIGNS, "已设置", new PersonId("gone"), at(60)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void anOutsiderLearnsNothingOfAnActionNotEvenWhetherItExists() {
        fixture.given(withPatrol())
               .when(new ReportProgress(DECISION, SIGNS, "巡查了", QIAN, at(60)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void progressOnAnUnknownActionIsRefused() {
        fixture.given(withPatrol())
               .when(new ReportProgress(DECISION, SIGNS, "巡查了", ZHOU, at(60)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议没有这个跟进事项 / The decision has no such follow-up action");
    }

    @Test
    void theReporterCompletesTheAction() {
        fixture.given(withPatrol())
               .when(new CompleteAction(DECISION, PATROL, " ", PROPERTY, at(70)))
               .expectEvents(PATROL_DONE);
    }

    @Test
    void noProgressIsReportedOnACompletedAction() {
        fixture.given(plus(withPatrol(), PATROL_DONE))
               .when(new ReportProgress(DECISION, PATROL, "又巡查了一次", PROPERTY, at(80)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该跟进事项已完成，不能再报告进展 / "
                                       + "The action is completed; it can no longer be reported on");
    }

    @Test
    void anActionIsCompletedOnce() {
        fixture.given(plus(withPatrol(), PATROL_DONE))
               .when(new CompleteAction(DECISION, PATROL, null, ZHOU, at(80)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该跟进事项已完成，不能再报告完成 / "
                                       + "The action is completed; it can no longer be completed");
    }

    @Test
    void aResidentCannotCompleteAnAction() {
        fixture.given(withPatrol())
               .when(new CompleteAction(DECISION, PATROL, null, LI, at(70)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aCommitteeMemberChecksAnActionEvenAfterItIsCompleted() {
        fixture.given(plus(withPatrol(), PATROL_DONE))
               .when(new RecordSupervisionCheck(DECISION, PATROL, false, " 21:30仍有音响 ", ZHOU, at(90)))
               .expectEvents(new SupervisionCheckRecorded(DECISION, PATROL, false, "21:30仍有音响", ZHOU, at(90)));
    }

    @Test
    void aSupervisionCheckSaysWhatWasFound() {
        fixture.given(withPatrol())
               .when(new RecordSupervisionCheck(DECISION, PATROL, true, null, ZHOU, at(90)))
               .expectException(Rejection.class)
               .expectExceptionMessage("督查情况不能为空 / A finding is required");
    }

    @Test
    void theReporterDoesNotSuperviseItsOwnAction() {
        fixture.given(withPatrol())
               .when(new RecordSupervisionCheck(DECISION, PATROL, true, "巡查到位", PROPERTY, at(90)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void thePartySecretaryDoesNotRecordSupervisionChecks() {
        fixture.given(withPatrol())
               .when(new RecordSupervisionCheck(DECISION, PATROL, true, "巡查到位", WU, at(90)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
