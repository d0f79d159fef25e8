package org.yishi.web.session;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import org.yishi.query.api.sessions.FindSessionByJoinCode;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Joining a session in the room: type the code shown on the board at {@code /join}, or scan its QR code, which opens
 * {@code /join/{code}}. Both need a sign-in first; the page then checks the person in by that code through the API
 * and goes on to the phone view.
 */
@Controller
class JoinPages {

    private final QueryGateway queries;

    JoinPages(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/join")
    String enter(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            return "redirect:/join/" + UriUtils.encodePathSegment(code.trim(), StandardCharsets.UTF_8);
        }
        return "session/join";
    }

    @GetMapping("/join/{code}")
    String join(@PathVariable String code, Model model) {
        Optional<String> session = queries.query(new FindSessionByJoinCode(code),
                                                 ResponseTypes.optionalInstanceOf(String.class)).join();
        model.addAttribute("code", code);
        if (session.isEmpty()) {
            model.addAttribute("unknown", true);
            return "session/join";
        }
        model.addAttribute("sessionId", session.get());
        return "session/joining";
    }
}
