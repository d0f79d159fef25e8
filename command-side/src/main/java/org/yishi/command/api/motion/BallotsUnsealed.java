package org.yishi.command.api.motion;

import java.time.Instant;
import java.util.List;

/**
 * A secret motion's count opens the inner envelopes: the last ballot of each voter, separated from its voter and
 * listed in a fixed order ({@code options} sorted by key, {@code reasons} of objections sorted by text), so that the
 * record carries no identity, no time but the close's, and no order that links a ballot back. Recorded just before
 * {@link MotionClosed}, so anyone can recount the tally from the events.
 */
public record BallotsUnsealed(MotionId motionId, List<String> options, List<String> reasons, Instant at) {
}
