package org.yishi.command.motion;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.SealedBallot;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesGcmBallotSealTest {

    private static final MotionId MOTION = new MotionId("parking-vote-1");
    private static final MotionId OTHER = new MotionId("parking-vote-2");

    private final KeysInMemory keys = new KeysInMemory();
    private final AesGcmBallotSeal seal = new AesGcmBallotSeal(keys);

    AesGcmBallotSealTest() {
        keys.create(MOTION);
        keys.create(OTHER);
    }

    @Test
    void anEnvelopeOpensToWhatWasSealed() {
        BallotContent objection = new BallotContent("OBJECT", "晚上九点后\n太吵");

        assertThat(seal.open(MOTION, seal.seal(MOTION, objection))).isEqualTo(objection);
        assertThat(seal.open(MOTION, seal.seal(MOTION, new BallotContent("YES", null))))
                .isEqualTo(new BallotContent("YES", null));
    }

    @Test
    void twoEqualBallotsSealDifferentlyUnderATwelveByteNonce() {
        SealedBallot one = seal.seal(MOTION, new BallotContent("YES", null));
        SealedBallot two = seal.seal(MOTION, new BallotContent("YES", null));

        assertThat(Base64.getDecoder().decode(one.nonce())).hasSize(12);
        assertThat(one.nonce()).isNotEqualTo(two.nonce());
        assertThat(one.ciphertext()).isNotEqualTo(two.ciphertext());
    }

    @Test
    void theEnvelopeDoesNotShowItsContent() {
        SealedBallot sealed = seal.seal(MOTION, new BallotContent("ABSTAIN", null));

        assertThat(new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.ISO_8859_1))
                .doesNotContain("ABSTAIN");
    }

    @Test
    void anEnvelopeCopiedToAnotherMotionDoesNotOpen() {
        SealedBallot sealed = seal.seal(MOTION, new BallotContent("YES", null));

        assertThatThrownBy(() -> seal.open(OTHER, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedEnvelopeDoesNotOpen() {
        SealedBallot sealed = seal.seal(MOTION, new BallotContent("YES", null));
        byte[] bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[0] ^= 1;

        assertThatThrownBy(() -> seal.open(MOTION, new SealedBallot(sealed.nonce(),
                                                                     Base64.getEncoder().encodeToString(bytes))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onceTheKeyIsErasedNoEnvelopeOpens() {
        SealedBallot sealed = seal.seal(MOTION, new BallotContent("YES", null));
        keys.erase(MOTION);

        assertThatThrownBy(() -> seal.open(MOTION, sealed)).isInstanceOf(IllegalStateException.class)
                                                             .hasMessageContaining("missing or erased");
    }
}
