package org.yishi.command.access;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;

import java.util.Set;

/**
 * Which households a grid worker reaches: a need recorded for a household, or read about one, is checked against the
 * residents' groups the grid worker covers. Each method throws an {@link org.yishi.command.api.Rejection} for an
 * unknown community.
 */
public interface HouseholdCoverage {

    /** The residents' group of {@code household}; a {@link org.yishi.command.api.Rejection} when there is none. */
    GroupId groupOf(CommunityId community, HouseholdId household);

    /** The groups {@code person} covers as a grid worker; empty unless they hold the role now. */
    Set<GroupId> coveredBy(CommunityId community, PersonId person);
}
