package org.yishi.command.account;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.account.InvitationIssued;
import org.yishi.command.api.account.InvitationRedeemed;
import org.yishi.command.api.account.IssueInvitation;
import org.yishi.command.api.account.RedeemInvitation;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's way into Yishi: the invitation they may redeem, and whether they have. Passwords are not here: the web
 * layer keeps their hashes, outside the event stream.
 */
@Aggregate
class Account {

    @AggregateIdentifier
    private PersonId personId;
    private Invitation open;
    private boolean active;

    Account() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IssueInvitation command, CommunityAccess access, CommunityRegisters registers) {
        if (command.communityId() == null) {
            throw new Rejection("邀请须注明社区", "An invitation names the community that issues it");
        }
        access.require(command.communityId(), command.actor(), Role.ADMINISTRATOR);
        // An account is the person's own, across communities: an administrator invites only their own members, or
        // one community's administrator could take over the account of another's member not yet signed up.
        if (!registers.standing(command.communityId(), command.personId()).member()) {
            throw new Unauthorized("只能邀请本社区登记的成员", "Only a registered member of this community can be invited");
        }
        if (active) {
            // A new code would let any administrator take over an account its owner already uses.
            throw new Rejection("此人的账户已启用", "This person's account is active already");
        }
        Invitation.checkDigest(command.codeDigest());
        if (command.expiresAt() == null) {
            throw new Rejection("邀请须有截止时间", "An invitation needs an expiry time");
        }
        apply(new InvitationIssued(command.personId(), command.communityId(), command.codeDigest(),
                                   command.expiresAt(), command.actor()));
    }

    /** Also for a person never invited, who then gets the same answer as a wrong code and learns nothing more. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RedeemInvitation command) {
        if (command.at() == null) {
            throw new Rejection("须注明兑换时间", "The time of redemption is required");
        }
        if (open == null || !open.matches(command.codeDigest())) {
            throw new Rejection("邀请码无效", "This invitation code is not valid");
        }
        if (open.expiredAt(command.at())) {
            throw new Rejection("邀请已过期，请向社区管理员重新索取",
                                "This invitation has expired; ask the community's administrator for a new one");
        }
        apply(new InvitationRedeemed(personId, open.communityId(), command.at()));
    }

    @EventSourcingHandler
    void on(InvitationIssued event) {
        personId = event.personId();
        open = new Invitation(event.communityId(), event.codeDigest(), event.expiresAt());
    }

    @EventSourcingHandler
    void on(InvitationRedeemed event) {
        open = null;
        active = true;
    }
}
