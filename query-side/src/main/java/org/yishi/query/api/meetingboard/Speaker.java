package org.yishi.query.api.meetingboard;

import java.time.Instant;

/**
 * Someone with the floor or waiting for it. For the current speaker {@code since} and {@code endsAt} bound the turn
 * (the board counts down to {@code endsAt}) and {@code reason} says why they were called out of order, if they were;
 * for someone waiting {@code since} is when they asked and the rest is null.
 */
public record Speaker(String personId, String name, Instant since, Instant endsAt, boolean outOfOrder, String reason) {
}
