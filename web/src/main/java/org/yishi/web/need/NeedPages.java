package org.yishi.web.need;

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
import org.yishi.command.api.need.EscalateNeed;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.need.NeedStatus;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.query.api.needs.FindNeeds;
import org.yishi.query.api.needs.NeedList;
import org.yishi.web.pages.PageCommands;
import org.yishi.web.signin.YishiUser;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/**
 * The needs page: the needs the signed-in person may read, a short form to record one (a grid worker at the door, on
 * a phone), and forms on each need to move it on or take it to deliberation as a proposal. Everyone sees the forms; the command side decides who may use
 * them and the refusal is shown on the page.
 */
@Controller
class NeedPages {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    NeedPages(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/communities/{communityId}/needs")
    String list(@PathVariable String communityId, @RequestParam(required = false) NeedStatus status,
                @AuthenticationPrincipal YishiUser user, Model model) {
        model.addAttribute("communityId", communityId).addAttribute("status", status)
             .addAttribute("list", queries.query(new FindNeeds(communityId, user.personId().value(), status),
                                                 NeedList.class).join());
        return "needs";
    }

    @PostMapping("/communities/{communityId}/needs")
    String record(@PathVariable String communityId, NeedRequests.Need need, @AuthenticationPrincipal YishiUser user,
                  RedirectAttributes flash, Locale locale) {
        NeedId id = new NeedId(UUID.randomUUID().toString());
        return PageCommands.send(() -> commands.sendAndWait(NeedCommands.record(id, communityId, need,
                                                                                user.personId(), clock.instant())),
                                 page(communityId), flash, locale);
    }

    @PostMapping("/communities/{communityId}/needs/{needId}/status")
    String step(@PathVariable String communityId, @PathVariable String needId, NeedRequests.Step step,
                @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(NeedCommands.step(needId, step, user.personId(),
                                                                              clock.instant())),
                                 page(communityId), flash, locale);
    }

    /** The committee's form to take a need to deliberation; the proposal's wording is written here, for the public. */
    @PostMapping("/communities/{communityId}/needs/{needId}/escalate")
    String escalate(@PathVariable String communityId, @PathVariable String needId,
                    NeedRequests.Escalation escalation, @AuthenticationPrincipal YishiUser user,
                    RedirectAttributes flash, Locale locale) {
        ProposalId proposal = new ProposalId(UUID.randomUUID().toString());
        return PageCommands.send(() -> commands.sendAndWait(new EscalateNeed(new NeedId(needId), proposal,
                                                                             escalation.title(),
                                                                             escalation.description(),
                                                                             escalation.category(), user.personId(),
                                                                             clock.instant())),
                                 page(communityId), flash, locale);
    }

    private static String page(String communityId) {
        return "/communities/" + communityId + "/needs";
    }
}
