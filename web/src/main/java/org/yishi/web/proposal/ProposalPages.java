package org.yishi.web.proposal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
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
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.CoSignProposal;
import org.yishi.command.api.proposal.EditProposal;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.SubmitProposal;
import org.yishi.command.api.proposal.WithdrawProposal;
import org.yishi.query.api.proposals.FindMyProposals;
import org.yishi.query.api.proposals.FindProposal;
import org.yishi.query.api.proposals.FindProposals;
import org.yishi.query.api.proposals.ProposalDetail;
import org.yishi.query.api.proposals.ProposalList;
import org.yishi.query.api.proposals.ProposalOrder;
import org.yishi.query.api.proposals.ProposalStatus;
import org.yishi.web.decision.CommunityNotices;
import org.yishi.web.pages.PageCommands;
import org.yishi.web.signin.YishiUser;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/** The residents' proposal pages: a community's list, the submit form, one's own proposals and a proposal's page. */
@Controller
class ProposalPages {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CommunityNotices notices;
    private final Clock clock;

    ProposalPages(CommandGateway commands, QueryGateway queries, CommunityNotices notices, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/communities/{communityId}")
    String list(@PathVariable String communityId, @RequestParam(required = false) ProposalStatus status,
                @RequestParam(required = false) Category category,
                @RequestParam(defaultValue = "NEWEST") ProposalOrder order,
                @AuthenticationPrincipal YishiUser user, Model model) {
        notices.addTo(model, communityId, user.personId());
        model.addAttribute("communityId", communityId)
             .addAttribute("status", status).addAttribute("category", category).addAttribute("order", order)
             .addAttribute("list", queries.query(new FindProposals(communityId, status, category, order),
                                                 ProposalList.class).join());
        return "proposals";
    }

    @GetMapping("/communities/{communityId}/proposals/new")
    String form(@PathVariable String communityId, Model model) {
        model.addAttribute("communityId", communityId).addAttribute("action", submitAction(communityId))
             .addAttribute("text", new ProposalRequests.Text("", "", Category.OTHER, ""));
        return "proposal-form";
    }

    @PostMapping("/communities/{communityId}/proposals")
    String submit(@PathVariable String communityId, ProposalRequests.Text text,
                  @AuthenticationPrincipal YishiUser user, Model model, Locale locale) {
        ProposalId id = new ProposalId(UUID.randomUUID().toString());
        try {
            commands.sendAndWait(new SubmitProposal(id, new CommunityId(communityId), text.title(),
                                                    text.description(), text.category(), text.location(),
                                                    user.personId(), clock.instant()));
            return "redirect:/proposals/" + id.value();
        } catch (Rejection rejection) {
            // back to the form with what was typed, so nobody has to write it again
            model.addAttribute("communityId", communityId).addAttribute("action", submitAction(communityId))
                 .addAttribute("text", text).addAttribute("error", PageCommands.message(rejection, locale));
            return "proposal-form";
        }
    }

    private static String submitAction(String communityId) {
        return "/communities/" + communityId + "/proposals";
    }

    /** The proposer's form to reword a proposal that is still waiting, filled with its current text. */
    @GetMapping("/proposals/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        ProposalDetail detail = queries.query(new FindProposal(id),
                                              ResponseTypes.optionalInstanceOf(ProposalDetail.class))
                                       .join().orElseThrow(() -> new AggregateNotFoundException(id, "No proposal"));
        model.addAttribute("communityId", detail.communityId()).addAttribute("action", "/proposals/" + id + "/edit")
             .addAttribute("text", new ProposalRequests.Text(detail.text().title(), detail.text().description(),
                                                             detail.text().category(), detail.text().location()));
        return "proposal-form";
    }

    @PostMapping("/proposals/{id}/edit")
    String edit(@PathVariable String id, @RequestParam String communityId, ProposalRequests.Text text,
                @AuthenticationPrincipal YishiUser user, Model model, RedirectAttributes flash, Locale locale) {
        try {
            commands.sendAndWait(new EditProposal(new ProposalId(id), text.title(), text.description(),
                                                  text.category(), text.location(), user.personId(),
                                                  clock.instant()));
            flash.addFlashAttribute("saved", true);
            return "redirect:/proposals/" + id;
        } catch (Rejection rejection) {
            model.addAttribute("communityId", communityId).addAttribute("action", "/proposals/" + id + "/edit")
                 .addAttribute("text", text).addAttribute("error", PageCommands.message(rejection, locale));
            return "proposal-form";
        }
    }

    @GetMapping("/proposals/mine")
    String mine(@AuthenticationPrincipal YishiUser user, Model model) {
        model.addAttribute("list", queries.query(new FindMyProposals(user.personId().value()), ProposalList.class)
                                          .join());
        return "my-proposals";
    }

    /** A proposal just submitted may not be in the view yet; the page then shows that it is loading and reloads. */
    @GetMapping("/proposals/{id}")
    String detail(@PathVariable String id, @AuthenticationPrincipal YishiUser user, Model model) {
        model.addAttribute("proposalId", id).addAttribute("me", user.personId().value())
             .addAttribute("detail", queries.query(new FindProposal(id),
                                                   ResponseTypes.optionalInstanceOf(ProposalDetail.class))
                                            .join().orElse(null));
        return "proposal";
    }

    @PostMapping("/proposals/{id}/co-sign")
    String coSign(@PathVariable String id, @AuthenticationPrincipal YishiUser user, RedirectAttributes flash,
                  Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(new CoSignProposal(new ProposalId(id), user.personId(),
                                                                               clock.instant())),
                                 "/proposals/" + id, flash, locale);
    }

    @PostMapping("/proposals/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(required = false) String reason,
                    @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(new WithdrawProposal(new ProposalId(id), reason,
                                                                                 user.personId(), clock.instant())),
                                 "/proposals/" + id, flash, locale);
    }
}
