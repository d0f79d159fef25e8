package org.yishi.command.session;

import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.session.AgendaItemId;

import java.time.Instant;

/** The deadline of one turn: the turn given to {@code speaker} at {@code givenAt} is over at {@code endsAt}. */
record SpeakingTimeUp(AgendaItemId itemId, PersonId speaker, Instant givenAt, Instant endsAt) {

    static final String DEADLINE = "speaking-time";
}
