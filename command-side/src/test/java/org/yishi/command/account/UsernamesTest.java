package org.yishi.command.account;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.account.Usernames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsernamesTest {

    @Test
    void surroundingSpacesAndCaseDoNotMakeANewName() {
        assertThat(Usernames.normalize("  Li.Hua@Example.CN \t")).isEqualTo("li.hua@example.cn");
    }

    @Test
    void fullWidthDigitsFromAChineseInputMethodAreTheSamePhoneNumber() {
        assertThat(Usernames.normalize("１３８００１３８０００")).isEqualTo("13800138000");
    }

    @Test
    void chineseNamesAreUsernamesToo() {
        assertThat(Usernames.normalize("李华")).isEqualTo("李华");
    }

    @Test
    void aUsernameIsNeverBlank() {
        assertThatThrownBy(() -> Usernames.normalize(" \u3000"))
                .isInstanceOf(Rejection.class)
                .hasMessage("用户名不能为空 / A username is required");
        assertThatThrownBy(() -> Usernames.normalize(null)).isInstanceOf(Rejection.class);
    }

    @Test
    void aUsernameHasNoSpacesInside() {
        assertThatThrownBy(() -> Usernames.normalize("li hua"))
                .hasMessage("用户名不能包含空格 / A username cannot contain spaces");
    }

    @Test
    void aUsernameHasAtMostSixtyFourCharacters() {
        assertThat(Usernames.normalize("a".repeat(64))).hasSize(64);
        assertThatThrownBy(() -> Usernames.normalize("a".repeat(65)))
                .hasMessage("用户名不能超过64个字符 / A username has at most 64 characters");
    }
}
