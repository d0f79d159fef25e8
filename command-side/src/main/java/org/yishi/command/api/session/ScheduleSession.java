package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;

import java.time.Instant;
import java.util.Set;

/**
 * A committee member or an administrator schedules a session. {@code joinCode} (chosen by the caller, 4 to 8 letters
 * or digits) is what people in the room type or scan to check in. {@code speakingSeconds} is the default time limit
 * per speaker per item. The rule set is the community's for this kind, looked up when the command is handled.
 */
public record ScheduleSession(@TargetAggregateIdentifier SessionId sessionId, CommunityId communityId, SessionKind kind,
                              String title, Instant startsAt, String place, Format format, PersonId moderator,
                              Set<StakeholderGroup> invitedGroups, String joinCode, int speakingSeconds,
                              boolean publicBoard, PersonId actor, Instant at) {
}
