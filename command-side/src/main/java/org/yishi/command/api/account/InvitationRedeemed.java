package org.yishi.command.api.account;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The person's account is active from {@code at}; {@code communityId} is the community that invited them. */
public record InvitationRedeemed(PersonId personId, CommunityId communityId, Instant at) {
}
