package org.yishi.command.motion;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentRuleTest {

    @Test
    void anObjectionKeepsItsReasonTrimmed() {
        assertThat(ConsentRule.reason("OBJECT", "  晚上九点后太吵 ")).isEqualTo("晚上九点后太吵");
    }

    @Test
    void anObjectionWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> ConsentRule.reason("OBJECT", "  "))
                .isInstanceOf(Rejection.class)
                .hasMessage("提出异议须说明理由 / An objection must give a reason");
    }

    @Test
    void aReasonHasAtMostTwoHundredCharacters() {
        assertThat(ConsentRule.reason("OBJECT", "吵".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> ConsentRule.reason("OBJECT", "吵".repeat(201)))
                .isInstanceOf(Rejection.class)
                .hasMessage("异议理由不能超过200个字 / The reason for an objection has at most 200 characters");
    }

    @Test
    void consentingKeepsNoReason() {
        assertThat(ConsentRule.reason("CONSENT", "同意")).isNull();
    }

    @Test
    void theMotionPassesOnlyWithoutObjection() {
        assertThat(ConsentRule.passes(0)).isTrue();
        assertThat(ConsentRule.passes(1)).isFalse();
    }
}
