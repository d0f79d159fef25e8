package org.yishi.web.motion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yishi.query.api.motions.Ballot;
import org.yishi.query.api.motions.FindBallot;
import org.yishi.web.community.Membership;
import org.yishi.web.session.BoardLabels;
import org.yishi.web.signin.YishiUser;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The vote on the resident's phone: the question, the options as big buttons, one tap and a confirmation, what they
 * voted (or only that they did, on a secret ballot) with the change while it is open, and the result once it
 * closes. The page's script casts the ballot through the API and follows the motion.
 */
@Controller
class MotionPages {

    private final QueryGateway queries;
    private final Membership membership;
    private final BoardLabels labels;
    private final ObjectMapper json;

    MotionPages(QueryGateway queries, Membership membership, BoardLabels labels, ObjectMapper json) {
        this.queries = queries;
        this.membership = membership;
        this.labels = labels;
        this.json = json;
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
        model.addAttribute("ballot", ballot.get()).addAttribute("ballotJson", write(ballot.get()))
             .addAttribute("labelsJson", write(words)).addAttribute("labels", words)
             .addAttribute("english", "en".equals(locale.getLanguage()));
        return "motion/ballot";
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
