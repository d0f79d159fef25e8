package org.yishi.command.decision;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.decision.ActionId;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpRulesTest {

    private static final ActionId PATROL = new ActionId("patrol");
    private static final PersonId PROPERTY = new PersonId("property");
    private static final LocalDate DUE = LocalDate.of(2026, 4, 30);

    private final FollowUpRules rules = new FollowUpRules();

    @Test
    void aNewActionIsTrimmedAndKeepsItsDueDate() {
        assertThat(rules.checkNew(PATROL, " 每日巡查 ", " 监督小组 ", DUE))
                .isEqualTo(new FollowUpRules.NewAction("每日巡查", "监督小组", DUE));
    }

    @Test
    void aNewActionNeedsAnIdADescriptionAResponsiblePartyAndADueDate() {
        assertThatThrownBy(() -> rules.checkNew(null, "每日巡查", "监督小组", DUE))
                .hasMessage("跟进事项编号不能为空 / A follow-up action id is required");
        assertThatThrownBy(() -> rules.checkNew(PATROL, " ", "监督小组", DUE))
                .hasMessage("跟进事项内容不能为空 / A description is required");
        assertThatThrownBy(() -> rules.checkNew(PATROL, "每日巡查", null, DUE))
                .hasMessage("责任方不能为空 / The responsible party is required");
        assertThatThrownBy(() -> rules.checkNew(PATROL, "每日巡查", "监督小组", null))
                .hasMessage("完成期限不能为空 / A due date is required");
    }

    @Test
    void aDescriptionHasAtMostFiveHundredCharactersAndAResponsiblePartyOneHundred() {
        assertThat(rules.checkNew(PATROL, "事".repeat(500), "责".repeat(100), DUE)).isNotNull();
        assertThatThrownBy(() -> rules.checkNew(PATROL, "事".repeat(501), "监督小组", DUE))
                .isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> rules.checkNew(PATROL, "每日巡查", "责".repeat(101), DUE))
                .isInstanceOf(Rejection.class);
    }

    @Test
    void anActionIdIsTakenOnceAdded() {
        rules.added(PATROL, PROPERTY);
        assertThatThrownBy(() -> rules.checkNew(PATROL, "每日巡查", "监督小组", DUE))
                .hasMessage("该跟进事项已存在 / This follow-up action exists already");
    }

    @Test
    void anOpenActionTakesReportsAndACompletedOneDoesNot() {
        rules.added(PATROL, PROPERTY);
        assertThat(rules.open(PATROL, "报告进展", "reported on")).isEqualTo(new FollowUpRules.Action(PROPERTY, false));

        rules.completed(PATROL);

        assertThat(rules.known(PATROL).completed()).isTrue();
        assertThatThrownBy(() -> rules.open(PATROL, "报告进展", "reported on"))
                .hasMessage("该跟进事项已完成，不能再报告进展 / The action is completed; it can no longer be reported on");
    }

    @Test
    void anUnknownActionHasNoReporterAndIsRefused() {
        assertThat(rules.reporterOf(PATROL)).isNull();
        assertThat(rules.reporterOf(null)).isNull();
        assertThatThrownBy(() -> rules.known(PATROL))
                .hasMessage("该决议没有这个跟进事项 / The decision has no such follow-up action");
    }

    @Test
    void reportsAndFindingsAreRequiredAndCompletionNotesOptional() {
        assertThat(FollowUpRules.report(" 已巡查 ")).isEqualTo("已巡查");
        assertThat(FollowUpRules.completionNote(" ")).isNull();
        assertThatThrownBy(() -> FollowUpRules.report(null)).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> FollowUpRules.finding("")).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> FollowUpRules.report("报".repeat(1001))).isInstanceOf(Rejection.class);
    }
}
