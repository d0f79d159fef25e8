package org.yishi.web.proposal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yishi.command.api.proposal.AcceptProposal;
import org.yishi.command.api.proposal.DeclineProposal;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.MergeProposal;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.query.api.proposals.FindScreeningQueue;
import org.yishi.query.api.proposals.ScreeningQueue;
import org.yishi.web.pages.PageCommands;
import org.yishi.web.signin.YishiUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The committee's screening page: each waiting proposal with accept, decline and merge. Anyone signed in may look;
 * only a committee member's decision is accepted by the command side.
 */
@Controller
class ScreeningPages {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    ScreeningPages(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/communities/{communityId}/screening")
    String queue(@PathVariable String communityId, Model model) {
        model.addAttribute("communityId", communityId)
             .addAttribute("queue", queries.query(new FindScreeningQueue(communityId), ScreeningQueue.class).join());
        return "screening";
    }

    @PostMapping("/communities/{communityId}/screening/{id}/accept")
    String accept(@PathVariable String communityId, @PathVariable String id,
                  @RequestParam(required = false) Destination destination,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedDate,
                  @RequestParam(required = false) String note, @AuthenticationPrincipal YishiUser user,
                  RedirectAttributes flash, Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(new AcceptProposal(
                new ProposalId(id), destination, plannedDate, note, user.personId(), clock.instant())),
                                 back(communityId), flash, locale);
    }

    @PostMapping("/communities/{communityId}/screening/{id}/decline")
    String decline(@PathVariable String communityId, @PathVariable String id,
                   @RequestParam(required = false) String reason, @AuthenticationPrincipal YishiUser user,
                   RedirectAttributes flash, Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(new DeclineProposal(
                new ProposalId(id), reason, user.personId(), clock.instant())), back(communityId), flash, locale);
    }

    @PostMapping("/communities/{communityId}/screening/{id}/merge")
    String merge(@PathVariable String communityId, @PathVariable String id,
                 @RequestParam(required = false) String intoProposalId, @AuthenticationPrincipal YishiUser user,
                 RedirectAttributes flash, Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(new MergeProposal(
                new ProposalId(id), new ProposalId(intoProposalId), user.personId(), clock.instant())),
                                 back(communityId), flash, locale);
    }

    private static String back(String communityId) {
        return "/communities/" + communityId + "/screening";
    }
}
