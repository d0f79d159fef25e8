package org.yishi.command.session;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.SessionStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgendaRulesTest {

    private static final AgendaItemId A = new AgendaItemId("a");
    private static final AgendaItemId B = new AgendaItemId("b");
    private static final AgendaItemId C = new AgendaItemId("c");

    private static Agenda threeItems() {
        Agenda agenda = new Agenda();
        for (AgendaItemId id : List.of(A, B, C)) {
            agenda.add(id, new Agenda.Item(null, 120, Agenda.Stage.WAITING));
        }
        return agenda;
    }

    @Test
    void waitingItemsMayBeReorderedFreely() {
        assertThatCode(() -> AgendaRules.checkReorder(threeItems(), List.of(C, A, B))).doesNotThrowAnyException();
    }

    @Test
    void aReorderThatDropsRepeatsOrInventsAnItemIsRefused() {
        for (List<AgendaItemId> order : List.of(List.of(C, A), List.of(C, A, A), List.of(C, A, B, B),
                                                List.of(C, A, new AgendaItemId("x")))) {
            assertThatThrownBy(() -> AgendaRules.checkReorder(threeItems(), order)).isInstanceOf(Rejection.class);
        }
        assertThatThrownBy(() -> AgendaRules.checkReorder(threeItems(), null)).isInstanceOf(Rejection.class);
    }

    @Test
    void itemsAfterTheRunningOneMayStillBeReordered() {
        Agenda agenda = threeItems();
        agenda.start(A);

        assertThatCode(() -> AgendaRules.checkReorder(agenda, List.of(A, C, B))).doesNotThrowAnyException();
        assertThatThrownBy(() -> AgendaRules.checkReorder(agenda, List.of(B, A, C))).isInstanceOf(Rejection.class);
    }

    @Test
    void anItemStartsOnlyInAnOpenSessionWithNoOtherRunning() {
        Agenda agenda = threeItems();
        assertThatThrownBy(() -> AgendaRules.checkStart(SessionStatus.SCHEDULED, agenda, A))
                .isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> AgendaRules.checkStart(SessionStatus.ADJOURNED, agenda, A))
                .isInstanceOf(Rejection.class);
        assertThatCode(() -> AgendaRules.checkStart(SessionStatus.OPEN, agenda, A)).doesNotThrowAnyException();
        agenda.start(A);
        assertThatThrownBy(() -> AgendaRules.checkStart(SessionStatus.OPEN, agenda, B)).isInstanceOf(Rejection.class);
    }

    @Test
    void onlyTheRunningItemClosesAndARecommendationNeedsText() {
        Agenda agenda = threeItems();
        agenda.start(A);

        assertThatThrownBy(() -> AgendaRules.checkClose(SessionStatus.OPEN, agenda, B, Outcome.DEFERRED, null))
                .isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> AgendaRules.checkClose(SessionStatus.OPEN, agenda, A, Outcome.RECOMMENDATION, " "))
                .isInstanceOf(Rejection.class);
        assertThat(AgendaRules.checkClose(SessionStatus.OPEN, agenda, A, Outcome.RECOMMENDATION, " 设监督小组 "))
                .isEqualTo("设监督小组");
        assertThat(AgendaRules.checkClose(SessionStatus.OPEN, agenda, A, Outcome.DEFERRED, " ")).isNull();
    }

    @Test
    void theSessionClosesOnlyWithNoItemRunning() {
        Agenda agenda = threeItems();
        agenda.start(A);
        assertThatThrownBy(() -> AgendaRules.checkCloseSession(agenda)).isInstanceOf(Rejection.class);
        agenda.close(A);
        assertThatCode(() -> AgendaRules.checkCloseSession(agenda)).doesNotThrowAnyException();
    }

    @Test
    void aStartedItemCanNoLongerBeChanged() {
        Agenda agenda = threeItems();
        agenda.start(A);
        assertThatThrownBy(() -> AgendaRules.checkChangeable(agenda, A)).isInstanceOf(Rejection.class);
        assertThatCode(() -> AgendaRules.checkChangeable(agenda, B)).doesNotThrowAnyException();
    }
}
