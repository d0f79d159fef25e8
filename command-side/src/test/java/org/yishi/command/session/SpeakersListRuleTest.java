package org.yishi.command.session;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.session.AgendaItemId;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpeakersListRuleTest {

    private static final PersonId FIRST = new PersonId("first");
    private static final PersonId SECOND = new PersonId("second");
    private static final PersonId OFF_LIST = new PersonId("off-list");
    private static final Instant AT = Instant.parse("2026-03-14T01:00:00Z");

    private static SpeakersList twoWaiting() {
        SpeakersList list = new SpeakersList();
        list.request(FIRST);
        list.request(SECOND);
        return list;
    }

    @Test
    void theFirstInLineGetsTheFloorInOrder() {
        assertThat(twoWaiting().checkGive(FIRST, null)).isFalse();
    }

    @Test
    void anyoneElseGetsItOutOfOrderAndOnlyWithAReason() {
        assertThatThrownBy(() -> twoWaiting().checkGive(SECOND, null)).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> twoWaiting().checkGive(OFF_LIST, null)).isInstanceOf(Rejection.class);
        assertThat(twoWaiting().checkGive(SECOND, "需提前离场")).isTrue();
        assertThat(twoWaiting().checkGive(OFF_LIST, "请物业回应")).isTrue();
    }

    @Test
    void theSpeakerLeavesTheLineAndTheNextMovesUp() {
        SpeakersList list = twoWaiting();
        list.give(new SpeakersList.Turn(new AgendaItemId("i"), FIRST, AT, AT.plusSeconds(60)));
        list.endTurn();

        assertThat(list.isWaiting(FIRST)).isFalse();
        assertThat(list.checkGive(SECOND, null)).isFalse();
    }

    @Test
    void nobodyGetsTheFloorWhileSomeoneHasIt() {
        SpeakersList list = twoWaiting();
        list.give(new SpeakersList.Turn(new AgendaItemId("i"), FIRST, AT, AT.plusSeconds(60)));

        assertThatThrownBy(() -> list.checkGive(SECOND, null)).hasMessage("请先结束当前的发言 / End the current turn first");
    }
}
