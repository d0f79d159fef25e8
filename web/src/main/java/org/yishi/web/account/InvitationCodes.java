package org.yishi.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-time invitation codes: 26 symbols of Crockford's base32 (130 random bits), so the SHA-256 digest kept forever
 * in the event stream cannot be reversed by trying codes. Crockford's alphabet has no I, L, O or U, and reading
 * treats the look-alikes as the digits they resemble, since codes are often read aloud or copied by hand.
 */
final class InvitationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 26;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The digest of the code as typed: spaces, hyphens, case and look-alike letters do not matter. */
    static String digest(String typed) {
        String code = (typed == null ? "" : typed).toUpperCase(Locale.ROOT)
                                                   .replaceAll("[\\s-]", "")
                                                   .replace('O', '0')
                                                   .replace('I', '1')
                                                   .replace('L', '1');
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
