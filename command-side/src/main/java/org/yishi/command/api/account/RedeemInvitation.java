package org.yishi.command.api.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A person redeems their invitation with the digest of the code they were given, at the time the web layer saw. */
public record RedeemInvitation(@TargetAggregateIdentifier PersonId personId, String codeDigest, Instant at) {
}
