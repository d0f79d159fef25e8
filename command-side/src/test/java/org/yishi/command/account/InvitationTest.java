package org.yishi.command.account;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationTest {

    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final Instant EXPIRES = Instant.parse("2026-03-08T09:00:00Z");
    private static final Invitation INVITATION = new Invitation(new CommunityId("jinyuan"), DIGEST, EXPIRES);

    @Test
    void onlyTheSameDigestMatches() {
        assertThat(INVITATION.matches(DIGEST)).isTrue();
        assertThat(INVITATION.matches(DIGEST.toUpperCase())).isFalse();
        assertThat(INVITATION.matches(DIGEST.substring(1))).isFalse();
        assertThat(INVITATION.matches(null)).isFalse();
    }

    @Test
    void anInvitationIsValidUpToButNotIncludingItsExpiry() {
        assertThat(INVITATION.expiredAt(EXPIRES.minusMillis(1))).isFalse();
        assertThat(INVITATION.expiredAt(EXPIRES)).isTrue();
    }

    @Test
    void aDigestIsSixtyFourLowercaseHexDigits() {
        assertThatCode(() -> Invitation.checkDigest(DIGEST)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Invitation.checkDigest(DIGEST.toUpperCase())).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> Invitation.checkDigest(DIGEST + "0")).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> Invitation.checkDigest(null)).isInstanceOf(Rejection.class);
    }
}
