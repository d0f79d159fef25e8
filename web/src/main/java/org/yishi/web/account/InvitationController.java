package org.yishi.web.account;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.web.signin.YishiUser;

/** Invitations: an administrator issues one, the invited person redeems it without being signed in. */
@RestController
class InvitationController {

    record Redeem(String personId, String code, String username, String password) {
    }

    record Redeemed(String username) {
    }

    private final Invitations invitations;
    private final Redemption redemption;

    InvitationController(Invitations invitations, Redemption redemption) {
        this.invitations = invitations;
        this.redemption = redemption;
    }

    @Operation(summary = "发出邀请码（仅此一次显示） / Issue an invitation code (shown this once)")
    @PostMapping("/api/communities/{communityId}/members/{personId}/invitation")
    @ResponseStatus(HttpStatus.CREATED)
    Invitations.Issued issue(@PathVariable String communityId, @PathVariable String personId,
                             @AuthenticationPrincipal YishiUser user) {
        return invitations.issue(new CommunityId(communityId), new PersonId(personId), user.personId());
    }

    @Operation(summary = "兑换邀请码，设置用户名和密码 / Redeem an invitation, choosing a username and password")
    @PostMapping("/api/invitations/redeem")
    @ResponseStatus(HttpStatus.CREATED)
    Redeemed redeem(@RequestBody Redeem request) {
        return new Redeemed(redemption.redeem(new PersonId(request.personId()), request.code(), request.username(),
                                              request.password()));
    }
}
