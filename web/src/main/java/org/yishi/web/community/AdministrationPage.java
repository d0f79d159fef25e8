package org.yishi.web.community;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.community.VerifyResident;
import org.yishi.query.api.members.FindMembers;
import org.yishi.query.api.members.MemberDirectory;
import org.yishi.web.account.Invitations;
import org.yishi.web.signin.YishiUser;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The administrators' page: the member list, with a button each to verify a residence, grant a role and issue an
 * invitation. Plain forms that redirect back, so it works in any phone browser without scripts.
 */
@Controller
class AdministrationPage {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Invitations invitations;

    AdministrationPage(CommandGateway commands, QueryGateway queries, Invitations invitations) {
        this.commands = commands;
        this.queries = queries;
        this.invitations = invitations;
    }

    @GetMapping("/admin/{communityId}")
    String members(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user, Model model,
                   Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("communityId", communityId);
        model.addAttribute("roles", labels(Role.values(), english));
        model.addAttribute("stakeholderGroups", labels(StakeholderGroup.values(), english));
        try {
            MemberDirectory directory = queries.query(new FindMembers(communityId), MemberDirectory.class).join();
            model.addAttribute("directory", Administrators.requireAmong(directory, user.personId()));
        } catch (Rejection rejection) {
            model.addAttribute("error", english ? rejection.english() : rejection.chinese());
        }
        return "admin";
    }

    @PostMapping("/admin/{communityId}/members/{personId}/verify")
    String verify(@PathVariable String communityId, @PathVariable String personId,
                  @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return act(communityId, flash, locale, () -> commands.sendAndWait(
                new VerifyResident(new CommunityId(communityId), new PersonId(personId), user.personId())));
    }

    @PostMapping("/admin/{communityId}/members/{personId}/roles")
    String grant(@PathVariable String communityId, @PathVariable String personId, @RequestParam Role role,
                 @RequestParam(required = false) StakeholderGroup stakeholderGroup,
                 @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        StakeholderGroup group = role == Role.STAKEHOLDER_REPRESENTATIVE ? stakeholderGroup : null;
        return act(communityId, flash, locale, () -> commands.sendAndWait(
                new GrantRole(new CommunityId(communityId), new PersonId(personId), role, group,
                              user.personId())));
    }

    @PostMapping("/admin/{communityId}/members/{personId}/invitation")
    String invite(@PathVariable String communityId, @PathVariable String personId,
                  @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return act(communityId, flash, locale, () -> flash.addFlashAttribute("issued", invitations.issue(
                new CommunityId(communityId), new PersonId(personId), user.personId())));
    }

    /** A refusal comes back as a notice on the page, in the reader's language. */
    private static String act(String communityId, RedirectAttributes flash, Locale locale, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", true);
        } catch (Rejection rejection) {
            flash.addFlashAttribute("error", "en".equals(locale.getLanguage()) ? rejection.english()
                                                                               : rejection.chinese());
        }
        return "redirect:/admin/" + communityId;
    }

    private static Map<String, String> labels(Enum<?>[] values, boolean english) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> labels.put(value.name(), label(value, english)));
        return labels;
    }

    private static String label(Enum<?> value, boolean english) {
        if (value instanceof Role role) {
            return english ? role.english() : role.chinese();
        }
        StakeholderGroup group = (StakeholderGroup) value;
        return english ? group.english() : group.chinese();
    }
}
