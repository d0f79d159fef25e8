package org.yishi.command.session;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JoinCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"4829", "482913", "AB12cd", "ABCDEFGH"})
    void fourToEightLettersOrDigitsMakeAJoinCode(String code) {
        assertThatCode(() -> JoinCode.check(code)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "482", "ABCDEFGHI", "48-29", "48 29", "签到一二三"})
    void anythingElseIsNotAJoinCode(String code) {
        assertThatThrownBy(() -> JoinCode.check(code))
                .hasMessage("签到码须为4至8位字母或数字 / A join code is 4 to 8 letters or digits");
    }

    @Test
    void aTypedCodeMatchesWhateverTheCaseAndSurroundingSpaces() {
        assertThat(JoinCode.matches("Ab12", " aB12 ")).isTrue();
        assertThat(JoinCode.matches("Ab12", "Ab13")).isFalse();
        assertThat(JoinCode.matches("Ab12", null)).isFalse();
    }
}
