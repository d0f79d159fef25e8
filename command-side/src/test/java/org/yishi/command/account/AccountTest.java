package org.yishi.command.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.account.InvitationIssued;
import org.yishi.command.api.account.InvitationRedeemed;
import org.yishi.command.api.account.IssueInvitation;
import org.yishi.command.api.account.RedeemInvitation;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.community.Standing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

class AccountTest {

    private static final CommunityId JINYUAN = new CommunityId("jinyuan");
    private static final CommunityId QINGHE = new CommunityId("qinghe");
    private static final PersonId LI_HUA = new PersonId("li-hua");
    private static final PersonId JINYUAN_ADMIN = new PersonId("wang-min");
    private static final PersonId QINGHE_ADMIN = new PersonId("zhou-qiang");
    private static final PersonId RESIDENT = new PersonId("zhao-lei");
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String OTHER_DIGEST = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
    private static final Instant ISSUED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-03-08T09:00:00Z");

    /** Stands in for the community aggregates: only 锦苑's administrator holds a role, and only there. */
    private static final CommunityAccess ACCESS = (community, actor, anyOf) -> {
        boolean jinyuanAdministrator = JINYUAN.equals(community) && JINYUAN_ADMIN.equals(actor);
        if (!jinyuanAdministrator || !List.of(anyOf).contains(Role.ADMINISTRATOR)) {
            throw new Unauthorized("需要本社区的以下角色之一：社区管理员",
                                   "This needs one of these roles in this community: community administrator");
        }
    };

    /** Stands in for the registers: 李华 and 赵磊 are members of 锦苑, nobody else is anywhere. */
    private static final CommunityRegisters REGISTERS = new CommunityRegisters() {
        @Override
        public Standing standing(CommunityId community, PersonId person) {
            return JINYUAN.equals(community) && (LI_HUA.equals(person) || RESIDENT.equals(person))
                   ? new Standing(true, true, null, null, Set.of(Role.RESIDENT), null) : Standing.STRANGER;
        }

        @Override
        public Map<PersonId, Standing> standings(CommunityId community) {
            throw new UnsupportedOperationException("an invitation never lists a register");
        }

        @Override
        public int electorateSize(CommunityId community, ElectorateType electorate) {
            throw new UnsupportedOperationException("an invitation never asks for an electorate");
        }

        @Override
        public RuleSet ruleSet(CommunityId community, SessionKind kind) {
            throw new UnsupportedOperationException("an invitation never asks for a rule set");
        }
    };

    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(ACCESS);
        fixture.registerInjectableResource(REGISTERS);
    }

    private static InvitationIssued issued() {
        return new InvitationIssued(LI_HUA, JINYUAN, DIGEST, EXPIRES, JINYUAN_ADMIN);
    }

    @Test
    void anAdministratorCannotInviteSomeoneWhoIsNotAMemberOfTheirCommunity() {
        fixture.givenNoPriorActivity()
               .when(new IssueInvitation(new PersonId("qinghe-resident"), JINYUAN, DIGEST, EXPIRES, JINYUAN_ADMIN))
               .expectException(Unauthorized.class)
               .expectExceptionMessage("只能邀请本社区登记的成员 / Only a registered member of this community can be invited")
               .expectNoEvents();
    }

    @Test
    void anAdministratorInvitesAMemberOfTheirCommunity() {
        fixture.givenNoPriorActivity()
               .when(new IssueInvitation(LI_HUA, JINYUAN, DIGEST, EXPIRES, JINYUAN_ADMIN))
               .expectEvents(issued());
    }

    @Test
    void aResidentCannotInviteAnyone() {
        fixture.givenNoPriorActivity()
               .when(new IssueInvitation(LI_HUA, JINYUAN, DIGEST, EXPIRES, RESIDENT))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void anAdministratorOfAnotherCommunityCannotInviteInThisOne() {
        fixture.givenNoPriorActivity()
               .when(new IssueInvitation(LI_HUA, JINYUAN, DIGEST, EXPIRES, QINGHE_ADMIN))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void anAdministratorCannotInviteInTheNameOfAnotherCommunity() {
        fixture.givenNoPriorActivity()
               .when(new IssueInvitation(LI_HUA, QINGHE, DIGEST, EXPIRES, JINYUAN_ADMIN))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aNewInvitationReplacesOneNotRedeemedYet() {
        fixture.given(issued())
               .when(new IssueInvitation(LI_HUA, JINYUAN, OTHER_DIGEST, EXPIRES, JINYUAN_ADMIN))
               .expectEvents(new InvitationIssued(LI_HUA, JINYUAN, OTHER_DIGEST, EXPIRES, JINYUAN_ADMIN));
    }

    @Test
    void anActiveAccountIsNotInvitedAgain() {
        fixture.given(issued(), new InvitationRedeemed(LI_HUA, JINYUAN, ISSUED))
               .when(new IssueInvitation(LI_HUA, JINYUAN, OTHER_DIGEST, EXPIRES, JINYUAN_ADMIN))
               .expectExceptionMessage("此人的账户已启用 / This person's account is active already")
               .expectNoEvents();
    }

    @Test
    void anInvitationCarriesTheDigestOfItsCodeNeverTheCode() {
        fixture.givenNoPriorActivity()
               .when(new IssueInvitation(LI_HUA, JINYUAN, "483921", EXPIRES, JINYUAN_ADMIN))
               .expectException(Rejection.class)
               .expectExceptionMessage("邀请码摘要须为64位小写十六进制的SHA-256值 / "
                                       + "The invitation code digest must be a SHA-256 digest in 64 lowercase hex "
                                       + "digits")
               .expectNoEvents();
    }

    @Test
    void anInvitationExpires() {
        fixture.givenNoPriorActivity()
               .when(new IssueInvitation(LI_HUA, JINYUAN, DIGEST, null, JINYUAN_ADMIN))
               .expectExceptionMessage("邀请须有截止时间 / An invitation needs an expiry time")
               .expectNoEvents();
    }

    @Test
    void theInvitedPersonRedeemsTheCodeBeforeItExpires() {
        fixture.given(issued())
               .when(new RedeemInvitation(LI_HUA, DIGEST, EXPIRES.minusSeconds(1)))
               .expectEvents(new InvitationRedeemed(LI_HUA, JINYUAN, EXPIRES.minusSeconds(1)));
    }

    @Test
    void anInvitationIsRedeemedOnce() {
        fixture.given(issued(), new InvitationRedeemed(LI_HUA, JINYUAN, ISSUED))
               .when(new RedeemInvitation(LI_HUA, DIGEST, ISSUED.plusSeconds(60)))
               .expectExceptionMessage("邀请码无效 / This invitation code is not valid")
               .expectNoEvents();
    }

    @Test
    void aWrongCodeRedeemsNothing() {
        fixture.given(issued())
               .when(new RedeemInvitation(LI_HUA, OTHER_DIGEST, ISSUED))
               .expectExceptionMessage("邀请码无效 / This invitation code is not valid")
               .expectNoEvents();
    }

    @Test
    void aReplacedCodeRedeemsNothing() {
        fixture.given(issued(), new InvitationIssued(LI_HUA, JINYUAN, OTHER_DIGEST, EXPIRES, JINYUAN_ADMIN))
               .when(new RedeemInvitation(LI_HUA, DIGEST, ISSUED))
               .expectExceptionMessage("邀请码无效 / This invitation code is not valid")
               .expectNoEvents();
    }

    @Test
    void aPersonNeverInvitedHearsTheSameAsAWrongCode() {
        fixture.givenNoPriorActivity()
               .when(new RedeemInvitation(LI_HUA, DIGEST, ISSUED))
               .expectExceptionMessage("邀请码无效 / This invitation code is not valid")
               .expectNoEvents();
    }

    @Test
    void anInvitationExpiresAtItsExpiryTime() {
        fixture.given(issued())
               .when(new RedeemInvitation(LI_HUA, DIGEST, EXPIRES))
               .expectExceptionMessage("邀请已过期，请向社区管理员重新索取 / "
                                       + "This invitation has expired; ask the community's administrator for a new one")
               .expectNoEvents();
    }
}
