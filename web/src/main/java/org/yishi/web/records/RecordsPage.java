package org.yishi.web.records;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.yishi.command.api.community.Role;
import org.yishi.command.eventstore.ChainVerifier;
import org.yishi.command.eventstore.Checkpoints;
import org.yishi.web.community.Membership;
import org.yishi.web.signin.YishiUser;

import java.util.Locale;

/**
 * The administrators' records page: each visit walks every chain and checkpoint of the store and shows the result,
 * OK or the first broken link (which aggregate, which commit, what differs), with the newest checkpoint's root to
 * copy onto paper, and a button to record a checkpoint now.
 */
@Controller
class RecordsPage {

    private final ChainVerifier verifier;
    private final Checkpoints checkpoints;
    private final Membership membership;

    RecordsPage(ChainVerifier verifier, Checkpoints checkpoints, Membership membership) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.membership = membership;
    }

    @GetMapping("/admin/{communityId}/records")
    String records(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user, Model model,
                   Locale locale) {
        model.addAttribute("communityId", communityId);
        if (!administrator(communityId, user)) {
            model.addAttribute("error", "en".equals(locale.getLanguage())
                                        ? "Only an administrator of this community may run verification"
                                        : "只有本社区的管理员可以运行存证核验");
            return "records";
        }
        ChainVerifier.Report report = verifier.verify();
        model.addAttribute("report", report)
             .addAttribute("breaks", report.breaks().subList(0, Math.min(20, report.breaks().size())))
             .addAttribute("checkpoint", checkpoints.latest().map(Checkpoints.Checkpoint::summary).orElse(null));
        return "records";
    }

    @PostMapping("/admin/{communityId}/records/checkpoint")
    String checkpoint(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user) {
        if (administrator(communityId, user)) {
            checkpoints.record("by an administrator");
        }
        return "redirect:/admin/" + communityId + "/records";
    }

    private boolean administrator(String communityId, YishiUser user) {
        return user != null && membership.roles(communityId, user.personId())
                                         .map(roles -> roles.contains(Role.ADMINISTRATOR)).orElse(false);
    }
}
