package org.yishi.web.convention;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yishi.command.api.convention.AmendmentId;
import org.yishi.command.api.convention.AnswerObjection;
import org.yishi.command.api.convention.ApproveConvention;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.ConventionId;
import org.yishi.command.api.convention.FileConvention;
import org.yishi.command.api.convention.ObjectionId;
import org.yishi.command.api.convention.PatrolCheckId;
import org.yishi.command.api.convention.PublishConvention;
import org.yishi.command.api.convention.PutConventionToVote;
import org.yishi.command.api.convention.PutOnPublicNotice;
import org.yishi.command.api.convention.RebaseAmendment;
import org.yishi.command.api.convention.RecordPatrolCheck;
import org.yishi.command.api.convention.RemoveClause;
import org.yishi.command.api.convention.ReorderClauses;
import org.yishi.command.api.convention.RepealConvention;
import org.yishi.command.api.convention.ReturnConvention;
import org.yishi.command.api.convention.ReviseConventionHeading;
import org.yishi.command.api.convention.StartAmending;
import org.yishi.command.api.convention.SubmitConventionForReview;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.command.api.convention.WithdrawAmendment;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.web.pages.PageCommands;
import org.yishi.web.signin.YishiUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The forms of the convention page that move it along its path and keep it up: the heading, removing and moving
 * clauses, withdrawing and restating amendments, public notice and the answers to objections, the vote, the review,
 * publication, the filing record, amending into a new version, repeal, and the supervision committee's patrol checks.
 * The command side decides who may do each; a refusal comes back to the page as its message.
 */
@Controller
class ConventionStageForms {

    /** Dates and times picked on the page are the community's local time. */
    private static final ZoneId COMMUNITY_ZONE = ZoneId.of("Asia/Shanghai");

    private final CommandGateway commands;
    private final Clock clock;

    ConventionStageForms(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/conventions/{id}/heading")
    String heading(@PathVariable String id, @RequestParam String title, @RequestParam String preamble,
                   @RequestParam String reason, @AuthenticationPrincipal YishiUser user, RedirectAttributes flash,
                   Locale locale) {
        return send(id, new ReviseConventionHeading(new ConventionId(id), title, preamble, reason, user.personId(),
                                                    clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/clauses/{clauseId}/remove")
    String remove(@PathVariable String id, @PathVariable String clauseId, @RequestParam String reason,
                  @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new RemoveClause(new ConventionId(id), new ClauseId(clauseId), reason, user.personId(),
                                         clock.instant()), flash, locale);
    }

    /**
     * The clause order as the page showed it ({@code order}, comma-separated ids) with one clause moved up or down;
     * the command side refuses an order that no longer lists exactly the draft's clauses.
     */
    @PostMapping("/conventions/{id}/clauses/{clauseId}/move")
    String move(@PathVariable String id, @PathVariable String clauseId, @RequestParam String order,
                @RequestParam String direction, @AuthenticationPrincipal YishiUser user, RedirectAttributes flash,
                Locale locale) {
        List<String> ids = new ArrayList<>(Arrays.stream(order.split(",")).map(String::trim)
                                                 .filter(s -> !s.isEmpty()).toList());
        int at = ids.indexOf(clauseId);
        int to = "up".equals(direction) ? at - 1 : at + 1;
        if (at >= 0 && to >= 0 && to < ids.size()) {
            ids.set(at, ids.get(to));
            ids.set(to, clauseId);
        }
        String reason = "en".equals(locale.getLanguage()) ? "clause moved " + direction : "调整条款顺序";
        return send(id, new ReorderClauses(new ConventionId(id), ids.stream().map(ClauseId::new).toList(), reason,
                                           user.personId(), clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/amendments/{amendmentId}/withdraw")
    String withdraw(@PathVariable String id, @PathVariable String amendmentId,
                    @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new WithdrawAmendment(new ConventionId(id), new AmendmentId(amendmentId), user.personId(),
                                              clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/amendments/{amendmentId}/rebase")
    String rebase(@PathVariable String id, @PathVariable String amendmentId, @RequestParam String text,
                  @RequestParam String rationale, @AuthenticationPrincipal YishiUser user, RedirectAttributes flash,
                  Locale locale) {
        return send(id, new RebaseAmendment(new ConventionId(id), new AmendmentId(amendmentId), text, rationale,
                                            user.personId(), clock.instant()), flash, locale);
    }

    /**
     * The notice period: {@code length} in {@code unit} (DAYS, HOURS or MINUTES: minutes let a trial run through
     * the whole path in one sitting); blank for the default seven days.
     */
    @PostMapping("/conventions/{id}/notice")
    String notice(@PathVariable String id, @RequestParam(required = false) Integer length,
                  @RequestParam(defaultValue = "DAYS") NoticeUnit unit, @AuthenticationPrincipal YishiUser user,
                  RedirectAttributes flash, Locale locale) {
        return send(id, new PutOnPublicNotice(new ConventionId(id),
                                              length == null ? null : unit.unit.getDuration().multipliedBy(length),
                                              user.personId(), clock.instant()), flash, locale);
    }

    /** The units a notice period is given in on the page. */
    enum NoticeUnit {
        DAYS(ChronoUnit.DAYS), HOURS(ChronoUnit.HOURS), MINUTES(ChronoUnit.MINUTES);

        final ChronoUnit unit;

        NoticeUnit(ChronoUnit unit) {
            this.unit = unit;
        }
    }

    @PostMapping("/conventions/{id}/objections/{objectionId}/answer")
    String answer(@PathVariable String id, @PathVariable String objectionId, @RequestParam String answer,
                  @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new AnswerObjection(new ConventionId(id), new ObjectionId(objectionId), answer,
                                            user.personId(), clock.instant()), flash, locale);
    }

    /**
     * An online vote of the community until {@code closesAt}. {@code attempt} is the number of this vote on the
     * convention as the page counted them, so the motion's id is fixed by it and a resent form opens nothing twice.
     */
    @PostMapping("/conventions/{id}/vote")
    String vote(@PathVariable String id, @RequestParam int attempt, @RequestParam VotePurpose purpose,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime closesAt,
                @RequestParam Secrecy secrecy, @AuthenticationPrincipal YishiUser user, RedirectAttributes flash,
                Locale locale) {
        ConventionId conventionId = new ConventionId(id);
        return send(id, new PutConventionToVote(conventionId, conventionId.motion(Math.max(1, attempt)), purpose,
                                                null, null, closesAt.atZone(COMMUNITY_ZONE).toInstant(), secrecy,
                                                user.personId(), clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/submit")
    String submit(@PathVariable String id, @RequestParam(required = false) String note,
                  @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new SubmitConventionForReview(new ConventionId(id), blankToNull(note), user.personId(),
                                                      clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/approve")
    String approve(@PathVariable String id, @RequestParam(required = false) String comment,
                   @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new ApproveConvention(new ConventionId(id), blankToNull(comment), user.personId(),
                                              clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/return")
    String returnToCommittee(@PathVariable String id, @RequestParam String comments,
                             @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new ReturnConvention(new ConventionId(id), comments, user.personId(), clock.instant()),
                    flash, locale);
    }

    @PostMapping("/conventions/{id}/publish")
    String publish(@PathVariable String id,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                   @RequestParam Visibility visibility, @AuthenticationPrincipal YishiUser user,
                   RedirectAttributes flash, Locale locale) {
        return send(id, new PublishConvention(new ConventionId(id), effectiveFrom, visibility, user.personId(),
                                              clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/filing")
    String file(@PathVariable String id, @RequestParam int version,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
                @RequestParam String office, @RequestParam String reference, @AuthenticationPrincipal YishiUser user,
                RedirectAttributes flash, Locale locale) {
        return send(id, new FileConvention(new ConventionId(id), version, filedOn, office, reference,
                                           user.personId(), clock.instant()), flash, locale);
    }

    @PostMapping("/conventions/{id}/amend")
    String startAmending(@PathVariable String id, @RequestParam String reason,
                         @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new StartAmending(new ConventionId(id), reason, user.personId(), clock.instant()), flash,
                    locale);
    }

    @PostMapping("/conventions/{id}/repeal")
    String repeal(@PathVariable String id,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
                  @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new RepealConvention(new ConventionId(id), effectiveFrom, user.personId(), clock.instant()),
                    flash, locale);
    }

    /** A patrol check against one clause of the version in force. */
    @PostMapping("/conventions/{id}/patrols")
    String patrol(@PathVariable String id, @RequestParam String clauseId,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
                  @RequestParam String observation, @RequestParam(required = false) String followUp,
                  @AuthenticationPrincipal YishiUser user, RedirectAttributes flash, Locale locale) {
        return send(id, new RecordPatrolCheck(new ConventionId(id), new PatrolCheckId(UUID.randomUUID().toString()),
                                              new ClauseId(clauseId),
                                              checkedOn, observation, blankToNull(followUp), user.personId(),
                                              clock.instant()), flash, locale);
    }

    private String send(String id, Object command, RedirectAttributes flash, Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(command), "/conventions/" + id, flash, locale);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
