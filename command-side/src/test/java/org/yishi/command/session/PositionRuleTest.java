package org.yishi.command.session;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionRuleTest {

    @Test
    void aReasonIsStoredTrimmedAndEmptyWhenNoneIsGiven() {
        assertThat(PositionRule.reason("  太吵了 ")).isEqualTo("太吵了");
        assertThat(PositionRule.reason(null)).isEmpty();
        assertThat(PositionRule.reason("   ")).isEmpty();
    }

    @Test
    void aReasonIsCountedInCharactersNotInUtf16Units() {
        assertThat(PositionRule.reason("👍".repeat(200))).hasSize(400);
        assertThatThrownBy(() -> PositionRule.reason("👍".repeat(201))).isInstanceOf(Rejection.class);
    }

    @Test
    void spacesAroundALongReasonDoNotCount() {
        assertThat(PositionRule.reason(" " + "议".repeat(200) + " ")).hasSize(200);
    }
}
