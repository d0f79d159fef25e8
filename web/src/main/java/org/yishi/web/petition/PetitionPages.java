package org.yishi.web.petition;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
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
import org.yishi.command.api.petition.PetitionId;
import org.yishi.command.api.petition.SignPetition;
import org.yishi.command.api.petition.StartPetition;
import org.yishi.command.api.petition.WithdrawSignature;
import org.yishi.query.api.petitions.FindPetitionBoard;
import org.yishi.query.api.petitions.FindPetitions;
import org.yishi.query.api.petitions.PetitionBoard;
import org.yishi.query.api.petitions.PetitionList;
import org.yishi.web.pages.PageCommands;
import org.yishi.web.signin.YishiUser;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/** A community's petitions with a form to start one, and each petition's board, which refreshes itself. */
@Controller
class PetitionPages {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    PetitionPages(CommandGateway commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/communities/{communityId}/petitions")
    String list(@PathVariable String communityId, Model model) {
        model.addAttribute("communityId", communityId)
             .addAttribute("list", queries.query(new FindPetitions(communityId), PetitionList.class).join());
        return "petitions";
    }

    @PostMapping("/communities/{communityId}/petitions")
    String start(@PathVariable String communityId, @RequestParam(required = false) String purpose,
                 @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        PetitionId id = new PetitionId(UUID.randomUUID().toString());
        try {
            commands.sendAndWait(new StartPetition(id, new CommunityId(communityId), purpose, user.personId(),
                                                   clock.instant()));
            return "redirect:/petitions/" + id.value();
        } catch (Rejection rejection) {
            flash.addFlashAttribute("error", PageCommands.message(rejection, locale));
            flash.addFlashAttribute("purpose", purpose);
            return "redirect:/communities/" + communityId + "/petitions";
        }
    }

    /** A petition just started may not be on the board yet; the page then shows that it is loading and reloads. */
    @GetMapping("/petitions/{id}")
    String board(@PathVariable String id, Model model) {
        model.addAttribute("petitionId", id)
             .addAttribute("board", queries.query(new FindPetitionBoard(id),
                                                  ResponseTypes.optionalInstanceOf(PetitionBoard.class))
                                           .join().orElse(null));
        return "petition";
    }

    @PostMapping("/petitions/{id}/sign")
    String sign(@PathVariable String id, @AuthenticationPrincipal YishiUser user, RedirectAttributes flash,
                Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(new SignPetition(new PetitionId(id), user.personId(),
                                                                             clock.instant())),
                                 "/petitions/" + id, flash, locale);
    }

    @PostMapping("/petitions/{id}/withdraw")
    String withdraw(@PathVariable String id, @AuthenticationPrincipal YishiUser user, RedirectAttributes flash,
                    Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(new WithdrawSignature(new PetitionId(id),
                                                                                  user.personId(), clock.instant())),
                                 "/petitions/" + id, flash, locale);
    }
}
