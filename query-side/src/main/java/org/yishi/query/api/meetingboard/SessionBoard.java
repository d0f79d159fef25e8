package org.yishi.query.api.meetingboard;

/**
 * Everything a session's live board shows, as of the event at global position {@code position}: every section is
 * set. A client that holds a board applies each later {@link BoardUpdate} by replacing the sections it carries.
 */
public record SessionBoard(String sessionId, long position, BoardSections sections) {
}
