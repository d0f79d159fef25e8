package org.yishi.query.api.meetingboard;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The parts of a board that change independently. In a {@link SessionBoard} all are set, except {@code vote}, which
 * is null until the session's first motion opens; in a {@link BoardUpdate} only the ones that changed are, and each
 * one that is set is complete, so a client replaces it whole.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BoardSections(Header header, Agenda agenda, Presence presence, Speakers speakers, Positions positions,
                            Vote vote) {

    /** Later sections replace earlier ones; null keeps what was there. */
    public BoardSections then(BoardSections later) {
        return new BoardSections(later.header != null ? later.header : header,
                                 later.agenda != null ? later.agenda : agenda,
                                 later.presence != null ? later.presence : presence,
                                 later.speakers != null ? later.speakers : speakers,
                                 later.positions != null ? later.positions : positions,
                                 later.vote != null ? later.vote : vote);
    }
}
