package org.yishi.command.decision;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordingTest {

    @Test
    void aTitleOfOneHundredCharactersAndATextOfFiveThousandAreReviewable() {
        assertThat(Wording.of(" " + "题".repeat(100), "文".repeat(5000) + "\n"))
                .isEqualTo(new Wording("题".repeat(100), "文".repeat(5000)));
    }

    @Test
    void aLongerTitleOrTextIsRefused() {
        assertThatThrownBy(() -> Wording.of("题".repeat(101), "正文")).isInstanceOf(Rejection.class)
                .hasMessage("决议标题不能超过100个字 / A decision's title has at most 100 characters");
        assertThatThrownBy(() -> Wording.of("标题", "文".repeat(5001))).isInstanceOf(Rejection.class)
                .hasMessage("决议正文不能超过5000个字 / A decision's text has at most 5000 characters");
    }

    @Test
    void aBlankTitleOrTextIsRefused() {
        assertThatThrownBy(() -> Wording.of(" ", "正文")).hasMessage("决议标题不能为空 / A decision's title is required");
        assertThatThrownBy(() -> Wording.of("标题", null)).hasMessage("决议正文不能为空 / A decision's text is required");
    }
}
