package org.yishi.command.api.session;

import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * {@code household} and {@code group} are null for someone without one; {@code counts} tells whether this person
 * counts towards the quorum under the session's electorate; {@code present} and {@code required} are the count after
 * this check-in.
 */
public record ParticipantCheckedIn(SessionId sessionId, PersonId participant, HouseholdId household, GroupId group,
                                   boolean counts, CheckInMethod method, int present, int required, PersonId by,
                                   Instant at) {
}
