package org.yishi.command.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * An administrator of a community invites one of its members to sign in. The web layer makes the code, gives it to
 * the person and sends only its SHA-256 digest (64 lowercase hex digits); the code must be long and random, since
 * the digest is kept in the event stream.
 */
public record IssueInvitation(@TargetAggregateIdentifier PersonId personId, CommunityId communityId,
                              String codeDigest, Instant expiresAt, PersonId actor) {
}
