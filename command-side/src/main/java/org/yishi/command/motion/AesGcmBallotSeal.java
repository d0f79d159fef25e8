package org.yishi.command.motion;

import org.springframework.stereotype.Component;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.SealedBallot;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-GCM with the motion's 256-bit key and a fresh random 12-byte nonce per envelope, so that two equal ballots seal
 * differently. The motion id is authenticated with the content, so an envelope copied to another motion does not
 * open there.
 */
@Component
class AesGcmBallotSeal implements BallotSeal {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char SEPARATOR = '\n';

    private final BallotKeys keys;
    private final SecureRandom random = new SecureRandom();

    AesGcmBallotSeal(BallotKeys keys) {
        this.keys = keys;
    }

    @Override
    public SealedBallot seal(MotionId motion, BallotContent content) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String plain = content.option() + SEPARATOR + (content.reason() == null ? "" : content.reason());
        byte[] sealed = run(Cipher.ENCRYPT_MODE, motion, nonce, plain.getBytes(StandardCharsets.UTF_8));
        Base64.Encoder base64 = Base64.getEncoder();
        return new SealedBallot(base64.encodeToString(nonce), base64.encodeToString(sealed));
    }

    @Override
    public BallotContent open(MotionId motion, SealedBallot sealed) {
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] plain = run(Cipher.DECRYPT_MODE, motion, base64.decode(sealed.nonce()),
                           base64.decode(sealed.ciphertext()));
        String text = new String(plain, StandardCharsets.UTF_8);
        int separator = text.indexOf(SEPARATOR);
        String reason = text.substring(separator + 1);
        return new BallotContent(text.substring(0, separator), reason.isEmpty() ? null : reason);
    }

    private byte[] run(int mode, MotionId motion, byte[] nonce, byte[] input) {
        SecretKey key = keys.find(motion)
                            .orElseThrow(() -> new IllegalStateException("The ballot key of motion " + motion
                                                                         + " is missing or erased"));
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(motion.value().getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("A ballot of motion " + motion + " does not open under its key", failed);
        }
    }
}
