package org.yishi.command.api.motion;

import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.ElectorateType;

import java.util.List;
import java.util.Set;

/**
 * Who may vote on a motion, fixed when it opens. {@code type}: which residents (all verified adults, household
 * representatives, group representatives). {@code stakeholderGroups}: which stakeholder groups vote too (property
 * management may only speak on a square convention, say). {@code voters}: the roll itself; in a session, those of them
 * checked in when the vote opened. {@code units}: how many votes the roll holds (persons, or households under one
 * vote per household), which is "those present" for a session's quorum and passing base.
 */
public record Electorate(ElectorateType type, Set<StakeholderGroup> stakeholderGroups, List<Voter> voters,
                         int units) {
}
