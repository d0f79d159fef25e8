package org.yishi.web.motion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.CloseMotion;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.OpenMotion;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.query.api.motions.FindMotions;
import org.yishi.query.api.motions.MotionList;
import org.yishi.web.pages.PageCommands;
import org.yishi.query.api.motions.Ballot;
import org.yishi.query.api.motions.FindBallot;
import org.yishi.web.community.Membership;
import org.yishi.web.session.BoardLabels;
import org.yishi.web.signin.YishiUser;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A community's votes with the committee's form for an online vote, and the vote on the resident's phone: the question, the options as big buttons, one tap and a confirmation, what they
 * voted (or only that they did, on a secret ballot) with the change while it is open, and the result once it
 * closes. The page's script casts the ballot through the API and follows the motion.
 */
@Controller
class MotionPages {

    private static final ZoneId COMMUNITY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Map<String, PassingRule> PASSING = Map.of(
            "HALF_PRESENT", PassingRule.moreThanHalfOfPresent(), "HALF_CAST", PassingRule.moreThanHalfOfCast(),
            "TWO_THIRDS_PRESENT", PassingRule.twoThirdsOfPresent());

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Membership membership;
    private final BoardLabels labels;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom lots = new SecureRandom();

    MotionPages(CommandGateway commands, QueryGateway queries, Membership membership, BoardLabels labels,
                ObjectMapper json, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.membership = membership;
        this.labels = labels;
        this.json = json;
        this.clock = clock;
    }

    /** A community's votes, open ones first, with the committee's form to open an online vote with a deadline. */
    @GetMapping("/communities/{communityId}/motions")
    String motions(@PathVariable String communityId, @AuthenticationPrincipal YishiUser user, Model model,
                   Locale locale) {
        if (!membership.isMember(communityId, user.personId())) {
            model.addAttribute("forbidden", true);
            return "motion/loading";
        }
        Map<String, String> words = labels.of(locale);
        model.addAttribute("communityId", communityId).addAttribute("labels", words)
             .addAttribute("english", "en".equals(locale.getLanguage()))
             .addAttribute("committee", membership.holdsAny(communityId, user.personId(), Role.COMMITTEE_MEMBER,
                                                            Role.ADMINISTRATOR))
             .addAttribute("list", queries.query(new FindMotions(communityId, null), MotionList.class).join())
             .addAttribute("methods", Method.values()).addAttribute("electorates", ElectorateType.values())
             .addAttribute("units", VotingUnit.values()).addAttribute("secrecies", Secrecy.values())
             .addAttribute("groups", StakeholderGroup.values());
        return "motion/motions";
    }

    /** The committee's online vote: the form posts here, and the browser goes on to the vote's own page. */
    @PostMapping("/communities/{communityId}/motions")
    String openOnline(@PathVariable String communityId, @RequestParam String question, @RequestParam Method method,
                      @RequestParam(required = false) String options, @RequestParam String passing,
                      @RequestParam(required = false) ElectorateType electorate, @RequestParam VotingUnit unit,
                      @RequestParam Secrecy secrecy, @RequestParam(defaultValue = "false") boolean changeable,
                      @RequestParam(required = false) Set<StakeholderGroup> groups,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                      LocalDateTime closesAt, @AuthenticationPrincipal YishiUser user,
                      RedirectAttributes flash, Locale locale) {
        MotionId id = new MotionId(UUID.randomUUID().toString());
        List<String> choices = options == null ? List.of()
                                               : options.lines().map(String::trim).filter(line -> !line.isEmpty())
                                                        .toList();
        try {
            commands.sendAndWait(new OpenMotion(
                    id, new CommunityId(communityId), null, null, null, question, method,
                    method == Method.SINGLE_CHOICE ? choices : List.of(), true,
                    PASSING.getOrDefault(passing, PassingRule.moreThanHalfOfPresent()),
                    method == Method.SINGLE_CHOICE ? TieRule.NO_CHOICE : null, secrecy, unit, electorate,
                    groups == null ? Set.of() : groups, changeable,
                    closesAt == null ? null : closesAt.atZone(COMMUNITY_ZONE).toInstant(), user.personId(),
                    clock.instant()));
            return "redirect:/motions/" + id.value();
        } catch (Rejection rejection) {
            flash.addFlashAttribute("error", PageCommands.message(rejection, locale));
            return "redirect:/communities/" + communityId + "/motions";
        }
    }

    @GetMapping("/motions/{id}")
    String ballot(@PathVariable String id, @AuthenticationPrincipal YishiUser user, Model model, Locale locale) {
        Optional<Ballot> ballot = queries.query(new FindBallot(id, user.personId().value()),
                                                ResponseTypes.optionalInstanceOf(Ballot.class)).join();
        if (ballot.isEmpty()) {
            // a vote just opened may not be in the view yet: the page says so and reloads
            model.addAttribute("loading", true);
            return "motion/loading";
        }
        if (!membership.isMember(ballot.get().communityId(), user.personId())) {
            model.addAttribute("forbidden", true);
            return "motion/loading";
        }
        Map<String, String> words = labels.of(locale);
        model.addAttribute("mayClose", ballot.get().sessionId() == null
                                       && membership.holdsAny(ballot.get().communityId(), user.personId(),
                                                              Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR));
        model.addAttribute("ballot", ballot.get()).addAttribute("ballotJson", write(ballot.get()))
             .addAttribute("labelsJson", write(words)).addAttribute("labels", words)
             .addAttribute("english", "en".equals(locale.getLanguage()));
        return "motion/ballot";
    }

    /** A committee member closes an online vote before its deadline; the result is counted as at the deadline. */
    @PostMapping("/motions/{id}/close")
    String close(@PathVariable String id, @AuthenticationPrincipal YishiUser user, RedirectAttributes flash,
                 Locale locale) {
        return PageCommands.send(() -> commands.sendAndWait(new CloseMotion(new MotionId(id), lots.nextLong(),
                                                                            user.personId(), clock.instant())),
                                 "/motions/" + id, flash, locale);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
