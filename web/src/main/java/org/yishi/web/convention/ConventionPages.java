package org.yishi.web.convention;

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
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.convention.AcceptAmendment;
import org.yishi.command.api.convention.AddClause;
import org.yishi.command.api.convention.AmendmentId;
import org.yishi.command.api.convention.AmendmentKind;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.CommentId;
import org.yishi.command.api.convention.CommentOnClause;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.DraftConvention;
import org.yishi.command.api.convention.EditClause;
import org.yishi.command.api.convention.LodgeObjection;
import org.yishi.command.api.convention.ObjectionId;
import org.yishi.command.api.convention.ProposeAmendment;
import org.yishi.command.api.convention.RejectAmendment;
import org.yishi.command.api.convention.SupportAmendment;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.conventions.CompareConventionTexts;
import org.yishi.query.api.conventions.ConventionDiff;
import org.yishi.query.api.conventions.ConventionList;
import org.yishi.query.api.conventions.ConventionPage;
import org.yishi.query.api.conventions.ConventionText;
import org.yishi.query.api.conventions.FindConvention;
import org.yishi.query.api.conventions.FindConventionText;
import org.yishi.query.api.conventions.FindConventions;
import org.yishi.web.community.Membership;
import org.yishi.web.pages.PageCommands;
import org.yishi.web.signin.YishiUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The convention pages: the working text with each clause's comments and amendments (committee members edit in place
 * and accept or reject; members comment, propose and support; during public notice they object), the text as it
 * stood at any moment, the comparison of two versions, and a printable published version for the notice board.
 */
@Controller
class ConventionPages {

    /** A date and time picked on the page is the community's local time. */
    private static final ZoneId COMMUNITY_ZONE = ZoneId.of("Asia/Shanghai");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Membership membership;
    private final Clock clock;

    ConventionPages(CommandGateway commands, QueryGateway queries, Membership membership, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.membership = membership;
        this.clock = clock;
    }

    @GetMapping("/conventions/{id}")
    String convention(@PathVariable String id, @AuthenticationPrincipal YishiUser user, Model model) {
        Optional<ConventionPage> page = page(id);
        if (page.isEmpty()) {
            return "convention/loading";
        }
        Set<Role> roles = requireMember(page.get(), user);
        ConventionPage c = page.get();
        model.addAttribute("c", c)
             .addAttribute("committee", roles.contains(Role.COMMITTEE_MEMBER))
             .addAttribute("secretary", roles.contains(Role.PARTY_SECRETARY))
             .addAttribute("supervisor", roles.contains(Role.SUPERVISOR))
             .addAttribute("me", user.personId().value())
             .addAttribute("order", String.join(",", c.clauses().stream().map(ConventionPage.Clause::clauseId)
                                                      .toList()))
             .addAttribute("unanswered", c.objections().stream().anyMatch(o -> o.answer() == null))
             .addAttribute("reviewPurpose", c.reviews().isEmpty() ? VotePurpose.ADOPTION
                                            : c.reviews().get(c.reviews().size() - 1).purpose())
             .addAttribute("moments", ConventionMoments.of(c, COMMUNITY_ZONE))
             .addAttribute("today", LocalDate.now(clock.withZone(COMMUNITY_ZONE)))
             .addAttribute("inAWeek", LocalDateTime.now(clock.withZone(COMMUNITY_ZONE)).plusDays(7).withSecond(0)
                                                   .withNano(0));
        return "convention/convention";
    }

    /** A community's conventions; visitors and other communities' residents see only what was published to all. */
    @GetMapping("/communities/{communityId}/conventions")
    String conventions(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user, Model model) {
        Optional<Set<Role>> roles = membership.roles(communityId, user == null ? null : user.personId());
        boolean member = roles.isPresent();
        model.addAttribute("communityId", communityId)
             .addAttribute("member", member)
             .addAttribute("list", queries.query(new FindConventions(communityId, !member, !member),
                                                 ConventionList.class).join())
             .addAttribute("committee", roles.map(r -> r.contains(Role.COMMITTEE_MEMBER)).orElse(false));
        return "convention/list";
    }

    /** A committee member starts a new convention; the page of the new draft follows. */
    @PostMapping("/communities/{communityId}/conventions")
    String draft(@PathVariable String communityId, @RequestParam String title, @RequestParam String preamble,
                 @RequestParam(required = false) Set<StakeholderGroup> stakeholderGroups,
                 @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        String id = newId();
        try {
            commands.sendAndWait(new DraftConvention(new ConventionId(id), new CommunityId(communityId), title,
                                                     preamble, stakeholderGroups == null ? Set.of()
                                                                                         : stakeholderGroups,
                                                     null, user.personId(), clock.instant()));
        } catch (Rejection rejection) {
            flash.addFlashAttribute("error", PageCommands.message(rejection, locale));
            return "redirect:/communities/" + communityId + "/conventions";
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/conventions/" + id;
    }

    /** The text as it stood at {@code at} (local time in the community; absent: now), rebuilt from the events. */
    @GetMapping("/conventions/{id}/as-of")
    String asOf(@PathVariable String id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
                @AuthenticationPrincipal YishiUser user, Model model) {
        ConventionPage page = page(id).orElseThrow(() -> new AccessDeniedException("No convention " + id));
        requireMember(page, user);
        Instant moment = at == null ? clock.instant() : at.atZone(COMMUNITY_ZONE).toInstant();
        ConventionText text = queries.query(new FindConventionText(id, null, moment), ConventionText.class).join();
        model.addAttribute("c", page).addAttribute("t", text)
             .addAttribute("at", LocalDateTime.ofInstant(moment, COMMUNITY_ZONE).withNano(0));
        return "convention/as-of";
    }

    @GetMapping("/conventions/{id}/diff")
    String diff(@PathVariable String id, @RequestParam int from, @RequestParam int to,
                @AuthenticationPrincipal YishiUser user, Model model) {
        ConventionPage page = page(id).orElseThrow(() -> new AccessDeniedException("No convention " + id));
        requireMember(page, user);
        model.addAttribute("c", page).addAttribute("diff", queries.query(new CompareConventionTexts(id, from, to),
                                                                         ConventionDiff.class).join());
        return "convention/diff";
    }

    /** A published version for the notice board; open to anyone when it was published to everyone. */
    @GetMapping("/conventions/{id}/versions/{version}")
    String version(@PathVariable String id, @PathVariable int version, @AuthenticationPrincipal YishiUser user,
                   Model model) {
        ConventionPage page = page(id).orElseThrow(() -> new AccessDeniedException("No convention " + id));
        ConventionPage.Version published = page.versions().stream().filter(v -> v.version() == version)
                                               .findFirst()
                                               .orElseThrow(() -> new AccessDeniedException("No such version"));
        if (published.visibility() != Visibility.PUBLIC) {
            requireMember(page, user);
        }
        model.addAttribute("c", page).addAttribute("v", published)
             .addAttribute("t", queries.query(new FindConventionText(id, version, null), ConventionText.class)
                                       .join().inForce());
        return "convention/print";
    }

    @PostMapping("/conventions/{id}/clauses")
    String addClause(@PathVariable String id, @RequestParam(required = false) String chapter,
                     @RequestParam String text, @RequestParam String reason,
                     @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new AddClause(new ConventionId(id), new ClauseId(newId()), chapter, text, null, reason,
                                      user.personId(), clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/clauses/{clauseId}")
    String editClause(@PathVariable String id, @PathVariable String clauseId,
                      @RequestParam(required = false) String chapter, @RequestParam String text,
                      @RequestParam String reason, @AuthenticationPrincipal YishiUser user,
                      RedirectAttributes flash, Locale locale) {
        return send(id, new EditClause(new ConventionId(id), new ClauseId(clauseId), chapter, text, reason,
                                       user.personId(), clock.instant()), flash, locale);
    }

    /** {@code replyTo}: the comment answered; absent for a new thread. */
    @PostMapping("/conventions/{id}/clauses/{clauseId}/comments")
    String comment(@PathVariable String id, @PathVariable String clauseId, @RequestParam String text,
                   @RequestParam(required = false) String replyTo, @AuthenticationPrincipal YishiUser user,
                   RedirectAttributes flash, Locale locale) {
        return send(id, new CommentOnClause(new ConventionId(id), new CommentId(newId()), new ClauseId(clauseId),
                                            replyTo == null || replyTo.isBlank() ? null : new CommentId(replyTo),
                                            text, user.personId(), clock.instant()), flash, locale);
    }

    /** New wording for a clause, or ({@code kind} REMOVE) its removal, or (NEW_CLAUSE) a new clause after it. */
    @PostMapping("/conventions/{id}/clauses/{clauseId}/amendments")
    String propose(@PathVariable String id, @PathVariable String clauseId,
                   @RequestParam(defaultValue = "REWORD") AmendmentKind kind,
                   @RequestParam(required = false) String text, @RequestParam String rationale,
                   @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new ProposeAmendment(new ConventionId(id), new AmendmentId(newId()), kind,
                                             new ClauseId(clauseId), null,
                                             kind == AmendmentKind.REMOVE ? null : text, rationale, user.personId(),
                                             clock.instant()), flash, locale);
    }

    /** A new clause at the end of the draft, proposed by a resident. */
    @PostMapping("/conventions/{id}/amendments")
    String proposeClause(@PathVariable String id, @RequestParam(required = false) String chapter,
                         @RequestParam String text, @RequestParam String rationale,
                         @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new ProposeAmendment(new ConventionId(id), new AmendmentId(newId()), AmendmentKind.NEW_CLAUSE,
                                             null, chapter == null || chapter.isBlank() ? null : chapter, text,
                                             rationale, user.personId(), clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/amendments/{amendmentId}/support")
    String support(@PathVariable String id, @PathVariable String amendmentId,
                   @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new SupportAmendment(new ConventionId(id), new AmendmentId(amendmentId), user.personId(),
                                             clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/amendments/{amendmentId}/accept")
    String accept(@PathVariable String id, @PathVariable String amendmentId,
                  @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new AcceptAmendment(new ConventionId(id), new AmendmentId(amendmentId),
                                            new ClauseId(newId()), user.personId(), clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/amendments/{amendmentId}/reject")
    String reject(@PathVariable String id, @PathVariable String amendmentId, @RequestParam String reason,
                  @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new RejectAmendment(new ConventionId(id), new AmendmentId(amendmentId), reason,
                                            user.personId(), clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/objections")
    String object(@PathVariable String id, @RequestParam String text, @AuthenticationPrincipal YishiUser user,
                  RedirectAttributes flash, Locale locale) {
        return send(id, new LodgeObjection(new ConventionId(id), new ObjectionId(newId()), null, text,
                                           user.personId(), clock.instant()), flash, locale);
    }

    private Optional<ConventionPage> page(String id) {
        return queries.query(new FindConvention(id), ResponseTypes.optionalInstanceOf(ConventionPage.class)).join();
    }

    /** The community's members read drafts and history; anyone else is sent to sign in, or refused. */
    private Set<Role> requireMember(ConventionPage page, YishiUser user) {
        PersonId viewer = user == null ? null : user.personId();
        return membership.roles(page.communityId(), viewer).orElseThrow(
                () -> new AccessDeniedException("Only members of the community may read a convention's drafts"));
    }

    private String send(String id, Object command, RedirectAttributes flash, Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(command), "/conventions/" + id, flash, locale);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
