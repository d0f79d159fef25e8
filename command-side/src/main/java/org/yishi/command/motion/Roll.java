package org.yishi.command.motion;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.HouseholdBallot;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roll of one motion and the votes it holds. One vote per person: each voter is a unit. One vote per household:
 * the household is the unit, and either only its representative votes or its first valid ballot counts; a voter
 * without a household, or voting for a stakeholder group, is a unit alone.
 */
record Roll(Map<PersonId, Voter> voters, VotingUnit unit, HouseholdBallot householdBallot) {

    Roll {
        voters = Map.copyOf(voters);
    }

    static Roll of(List<Voter> voters, VotingUnit unit, HouseholdBallot householdBallot) {
        return new Roll(voters.stream().collect(Collectors.toMap(Voter::person, Function.identity())), unit,
                        householdBallot);
    }

    /** The roll as events list it: by person, so that the same roll is always the same event. */
    List<Voter> listed() {
        return voters.values().stream().sorted(Comparator.comparing(voter -> voter.person().value())).toList();
    }

    /** How many votes the roll holds: persons, or households with someone who may cast their vote. */
    int units() {
        return (int) voters.values().stream().filter(this::mayCast).map(this::unitOf).distinct().count();
    }

    /** The household a ballot speaks for: the voter's, under one vote per household; null otherwise. */
    HouseholdId household(Voter voter) {
        return byHousehold(voter) ? voter.household() : null;
    }

    /** What one vote is counted by: the household, or the person. */
    String unitOf(Voter voter) {
        return byHousehold(voter) ? "household:" + voter.household().value() : "person:" + voter.person().value();
    }

    /** The voter, if {@code person} may vote on this motion at all; otherwise a refusal they can read. */
    Voter require(PersonId person) {
        Voter voter = voters.get(person);
        if (voter == null) {
            throw new Unauthorized("你不在本次表决的投票人名单中", "You are not on the roll of this vote");
        }
        if (!mayCast(voter)) {
            throw new Unauthorized("本次表决一户一票，由户代表投票", "One vote per household: the household representative votes");
        }
        return voter;
    }

    /** Under the first-ballot rule, a household member other than the one who voted first is refused. */
    void requireHolder(Voter voter, PersonId holder) {
        if (holder != null && !holder.equals(voter.person())) {
            throw new Rejection("本户已有人投票，一户一票以第一张有效票为准",
                                "Someone of your household has voted already; the household's first valid ballot counts");
        }
    }

    private boolean mayCast(Voter voter) {
        return !byHousehold(voter) || householdBallot == HouseholdBallot.FIRST_BALLOT || voter.householdRepresentative();
    }

    private boolean byHousehold(Voter voter) {
        return unit == VotingUnit.HOUSEHOLD && voter.household() != null && voter.stakeholderGroup() == null;
    }

    boolean isEmpty() {
        return voters.values().stream().noneMatch(this::mayCast);
    }
}
