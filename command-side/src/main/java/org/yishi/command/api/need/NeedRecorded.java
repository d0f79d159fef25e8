package org.yishi.command.api.need;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** {@code groupId}: the household's residents' group when recorded, which decides the grid workers who may read it. */
public record NeedRecorded(NeedId needId, CommunityId communityId, HouseholdId householdId, GroupId groupId,
                           NeedCategory category, Urgency urgency, String description, boolean vulnerable,
                           PersonId recordedBy, Instant at) {
}
