package org.yishi.query.api.meetingboard;

import java.time.Instant;

/** One participant's stance (the command side's {@code Stance} name) with the reason they gave. */
public record PositionReason(String name, String stance, String reason, Instant at) {
}
