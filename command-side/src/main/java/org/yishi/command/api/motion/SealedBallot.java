package org.yishi.command.api.motion;

/**
 * A secret ballot's content in its inner envelope: the option and reason encrypted (AES-GCM, {@code nonce} and
 * {@code ciphertext} in base64) under the motion's own key, which lives outside the event store and is erased when
 * the motion closes.
 */
public record SealedBallot(String nonce, String ciphertext) {
}
