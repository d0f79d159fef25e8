package org.yishi.command.api.session;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.StakeholderGroup;

import java.time.Instant;
import java.util.Set;

/**
 * {@code electorateSize} and {@code required} are counted from the community's registers at scheduling; {@link
 * SessionOpened} counts them again.
 */
public record SessionScheduled(SessionId sessionId, CommunityId communityId, SessionKind kind, String title,
                               Instant startsAt, String place, Format format, PersonId moderator,
                               Set<StakeholderGroup> invitedGroups, String joinCode, int speakingSeconds,
                               boolean publicBoard, RuleSet ruleSet, int electorateSize, int required,
                               PersonId scheduledBy, Instant at) {
}
