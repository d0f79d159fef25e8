package org.yishi.query.api.notifications;

/** Asks for a person's in-app notifications, newest first; never empty (an empty inbox when there are none). */
public record FindNotifications(String personId) {
}
