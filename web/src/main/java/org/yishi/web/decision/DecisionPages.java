package org.yishi.web.decision;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.decision.ActionId;
import org.yishi.command.api.decision.AddFollowUpAction;
import org.yishi.command.api.decision.ApproveDecision;
import org.yishi.command.api.decision.CompleteAction;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.PublishDecision;
import org.yishi.command.api.decision.RateImplementation;
import org.yishi.command.api.decision.RecordSupervisionCheck;
import org.yishi.command.api.decision.ReportProgress;
import org.yishi.command.api.decision.ReturnDecision;
import org.yishi.command.api.decision.ReviseDecision;
import org.yishi.command.api.decision.SubmitDecisionForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.archive.Archive;
import org.yishi.query.api.archive.FindArchive;
import org.yishi.query.api.decisions.CommitteeQueue;
import org.yishi.query.api.decisions.DecisionPage;
import org.yishi.query.api.decisions.FindCommitteeQueue;
import org.yishi.query.api.decisions.FindDecision;
import org.yishi.query.api.decisions.FindReviewQueue;
import org.yishi.query.api.decisions.ReviewQueue;
import org.yishi.query.api.members.FindMembers;
import org.yishi.query.api.members.MemberDirectory;
import org.yishi.web.community.Membership;
import org.yishi.web.pages.PageCommands;
import org.yishi.web.records.AgreementRecords;
import org.yishi.web.signin.YishiUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The decision pages: a decision with its provenance, review rounds and follow-up, carrying the forms of whoever
 * reads it (the committee revises, submits, publishes and follows up; the party secretary approves or returns;
 * residents rate), and the review queue. Forms post here, the command is sent and waited for, and the browser comes
 * back to the page, which shows a refusal in the reader's language.
 */
@Controller
class DecisionPages {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Membership membership;
    private final Clock clock;
    private final AgreementRecords records;

    DecisionPages(CommandGateway commands, QueryGateway queries, Membership membership, Clock clock,
                  AgreementRecords records) {
        this.commands = commands;
        this.queries = queries;
        this.membership = membership;
        this.clock = clock;
        this.records = records;
    }

    /** Open to anyone for a decision published to everyone; others are sent to sign in, or told they may not. */
    @GetMapping("/decisions/{id}")
    String decision(@PathVariable String id, @AuthenticationPrincipal YishiUser user, Model model) {
        PersonId viewer = user == null ? null : user.personId();
        Optional<DecisionPage> page = queries.query(
                new FindDecision(id, viewer == null ? null : viewer.value(), today()),
                ResponseTypes.optionalInstanceOf(DecisionPage.class)).join();
        if (page.isEmpty()) {
            model.addAttribute("loading", true);
            return "decision/loading";
        }
        Optional<Set<Role>> roles = membership.roles(page.get().communityId(), viewer);
        if (!ReadingRule.mayRead(page.get().status(), page.get().visibility(), roles)) {
            if (viewer == null) {
                // the security filters send the browser to sign in, and back here afterwards
                throw new AccessDeniedException("Only members of the community may read this decision");
            }
            model.addAttribute("forbidden", true);
            return "decision/loading";
        }
        Set<Role> held = roles.orElse(Set.of());
        model.addAttribute("d", page.get()).addAttribute("me", viewer == null ? null : viewer.value())
             .addAttribute("member", roles.isPresent())
             .addAttribute("committee", held.contains(Role.COMMITTEE_MEMBER))
             .addAttribute("secretary", held.contains(Role.PARTY_SECRETARY))
             .addAttribute("visibilities", Visibility.values())
             .addAttribute("fingerprint", records.fingerprint(page.get()));
        if (held.contains(Role.COMMITTEE_MEMBER)) {
            model.addAttribute("members", queries.query(new FindMembers(page.get().communityId()),
                                                        MemberDirectory.class).join().members());
        }
        return "decision/decision";
    }

    @GetMapping("/communities/{communityId}/review")
    String review(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user, Model model) {
        Optional<Set<Role>> roles = membership.roles(communityId, user.personId());
        if (!ReadingRule.mayReadQueues(roles)) {
            model.addAttribute("forbidden", true);
            return "decision/loading";
        }
        model.addAttribute("communityId", communityId)
             .addAttribute("queue", queries.query(new FindReviewQueue(communityId), ReviewQueue.class).join())
             .addAttribute("committeeQueue", queries.query(new FindCommitteeQueue(communityId),
                                                           CommitteeQueue.class).join());
        return "decision/review";
    }

    /** The archive of published decisions; open to anyone, who sees those published to everyone. */
    @GetMapping("/communities/{communityId}/archive")
    String archive(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user, Model model) {
        boolean member = membership.isMember(communityId, user == null ? null : user.personId());
        model.addAttribute("communityId", communityId).addAttribute("member", member)
             .addAttribute("archive", queries.query(new FindArchive(communityId, !member), Archive.class).join());
        return "decision/archive";
    }

    @PostMapping("/decisions/{id}/revise")
    String revise(@PathVariable String id, @RequestParam String title, @RequestParam String text,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal YishiUser user,
                  RedirectAttributes flash, Locale locale) {
        return send(id, new ReviseDecision(new DecisionId(id), title, text, reason, user.personId(), clock.instant()),
                    flash, locale);
    }

    @PostMapping("/decisions/{id}/submit")
    String submit(@PathVariable String id, @RequestParam(required = false) String note,
                  @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new SubmitDecisionForReview(new DecisionId(id), note, user.personId(), clock.instant()),
                    flash, locale);
    }

    @PostMapping("/decisions/{id}/approve")
    String approve(@PathVariable String id, @RequestParam(required = false) String comment,
                   @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new ApproveDecision(new DecisionId(id), comment, user.personId(), clock.instant()), flash,
                    locale);
    }

    @PostMapping("/decisions/{id}/return")
    String returnToCommittee(@PathVariable String id, @RequestParam(required = false) String comments,
                             @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new ReturnDecision(new DecisionId(id), comments, user.personId(), clock.instant()), flash,
                    locale);
    }

    @PostMapping("/decisions/{id}/publish")
    String publish(@PathVariable String id, @RequestParam Visibility visibility,
                   @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new PublishDecision(new DecisionId(id), visibility, user.personId(), clock.instant()), flash,
                    locale);
    }

    @PostMapping("/decisions/{id}/actions")
    String addAction(@PathVariable String id, @RequestParam String description, @RequestParam String responsible,
                     @RequestParam(required = false) String reporterId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, @AuthenticationPrincipal YishiUser user,
                     RedirectAttributes flash, Locale locale) {
        PersonId reporter = reporterId == null || reporterId.isBlank() ? null : new PersonId(reporterId);
        return send(id, new AddFollowUpAction(new DecisionId(id), new ActionId(UUID.randomUUID().toString()),
                                              description, responsible, reporter, due, user.personId(),
                                              clock.instant()), flash, locale);
    }

    @PostMapping("/decisions/{id}/actions/{actionId}/progress")
    String progress(@PathVariable String id, @PathVariable String actionId, @RequestParam String report,
                    @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new ReportProgress(new DecisionId(id), new ActionId(actionId), report, user.personId(),
                                           clock.instant()), flash, locale);
    }

    @PostMapping("/decisions/{id}/actions/{actionId}/complete")
    String complete(@PathVariable String id, @PathVariable String actionId,
                    @RequestParam(required = false) String note, @AuthenticationPrincipal YishiUser user,
                    RedirectAttributes flash, Locale locale) {
        return send(id, new CompleteAction(new DecisionId(id), new ActionId(actionId), note, user.personId(),
                                           clock.instant()), flash, locale);
    }

    @PostMapping("/decisions/{id}/actions/{actionId}/checks")
    String check(@PathVariable String id, @PathVariable String actionId, @RequestParam boolean satisfactory,
                 @RequestParam String finding, @AuthenticationPrincipal YishiUser user, RedirectAttributes flash,
                 Locale locale) {
        return send(id, new RecordSupervisionCheck(new DecisionId(id), new ActionId(actionId), satisfactory, finding,
                                                   user.personId(), clock.instant()), flash, locale);
    }

    @PostMapping("/decisions/{id}/rating")
    String rate(@PathVariable String id, @RequestParam int stars, @RequestParam(required = false) String comment,
                @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new RateImplementation(new DecisionId(id), stars, comment, user.personId(), clock.instant()),
                    flash, locale);
    }

    private String send(String id, Object command, RedirectAttributes flash, Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(command), "/decisions/" + id, flash, locale);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DecisionReads.COMMUNITY_ZONE));
    }
}
