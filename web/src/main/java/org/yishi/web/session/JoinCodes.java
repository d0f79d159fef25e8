package org.yishi.web.session;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.yishi.command.api.Rejection;
import org.yishi.query.api.sessions.FindSessionByJoinCode;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Picks the join code for a new session: six digits, easy to type on a phone and to read off the projector, drawn
 * from a {@link SecureRandom} so that nobody can guess the next session's code, and drawn again while a session not
 * yet closed already has it. The check reads the sessions projection, so two sessions scheduled within the same
 * moment could in principle draw the same code (one chance in a million each time); a join code then finds one of
 * them, and staff can always check a resident in by hand.
 */
@Component
class JoinCodes {

    private static final int ATTEMPTS = 20;

    private final SecureRandom random = new SecureRandom();
    private final QueryGateway queries;

    JoinCodes(QueryGateway queries) {
        this.queries = queries;
    }

    String fresh() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String code = "%06d".formatted(random.nextInt(1_000_000));
            if (!taken(code)) {
                return code;
            }
        }
        throw new Rejection("暂时找不到空闲的签到码，请稍后重试", "No free join code was found; please try again");
    }

    private boolean taken(String code) {
        Optional<String> session = queries.query(new FindSessionByJoinCode(code),
                                                 ResponseTypes.optionalInstanceOf(String.class)).join();
        return session.isPresent();
    }
}
