package org.yishi.command.api.account;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Replaces any invitation the person had not redeemed yet. */
public record InvitationIssued(PersonId personId, CommunityId communityId, String codeDigest, Instant expiresAt,
                               PersonId issuedBy) {
}
