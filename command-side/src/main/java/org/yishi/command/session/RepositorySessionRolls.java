package org.yishi.command.session;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import org.yishi.command.api.session.SessionId;

import java.util.Optional;

/**
 * Loads the session itself inside the calling handler's unit of work, which holds the session's lock until it ends;
 * no session handler loads a motion, so the two never wait on each other.
 */
@Component
class RepositorySessionRolls implements SessionRolls {

    private final Repository<Session> sessions;

    RepositorySessionRolls(Repository<Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<SessionRoll> find(SessionId sessionId) {
        try {
            return Optional.of(sessions.load(sessionId.value()).invoke(Session::asRoll));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
