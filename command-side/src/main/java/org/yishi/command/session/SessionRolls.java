package org.yishi.command.session;

import org.yishi.command.api.session.SessionId;

import java.util.Optional;

/**
 * What a vote needs to know about the session it is taken in, read while the vote opens or closes. The motion's
 * handlers take it as a parameter; {@link RepositorySessionRolls} is the component that serves it.
 */
public interface SessionRolls {

    /** Empty when no session was scheduled with this id. */
    Optional<SessionRoll> find(SessionId sessionId);
}
