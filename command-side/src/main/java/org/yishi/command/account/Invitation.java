package org.yishi.command.account;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.regex.Pattern;

/** An open invitation: which community issued it, the digest of its code, and until when it can be redeemed. */
record Invitation(CommunityId communityId, String codeDigest, Instant expiresAt) {

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    static void checkDigest(String codeDigest) {
        if (codeDigest == null || !SHA_256_HEX.matcher(codeDigest).matches()) {
            throw new Rejection("邀请码摘要须为64位小写十六进制的SHA-256值",
                                "The invitation code digest must be a SHA-256 digest in 64 lowercase hex digits");
        }
    }

    /** Compared in constant time, so that response times tell nothing about how much of a guess was right. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(codeDigest.getBytes(StandardCharsets.US_ASCII),
                                                          candidate.getBytes(StandardCharsets.US_ASCII));
    }

    boolean expiredAt(Instant at) {
        return !at.isBefore(expiresAt);
    }
}
