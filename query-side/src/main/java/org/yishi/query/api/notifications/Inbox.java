package org.yishi.query.api.notifications;

import org.yishi.query.api.motions.Wording;

import java.time.Instant;
import java.util.List;

/** A person's in-app notifications, newest first; {@code position} is the newest event it reflects (-1 if none). */
public record Inbox(String personId, List<Notification> notifications, long position) {

    /**
     * One notification: what happened ({@code message}, in both languages, naming the proposal or decision), in which
     * community, with the proposal or decision to link to (null where it does not apply), when, and the global
     * position of the event behind it.
     */
    public record Notification(NotificationKind kind, Wording message, String communityId, String proposalId,
                               String decisionId, Instant at, long position) {
    }
}
