package org.yishi.command.motion;

import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.community.Standing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** A stand-in for one community's registers: its members' standing and the rule sets that differ from the defaults. */
final class Registers implements CommunityRegisters {

    private final CommunityId community;
    private final Map<PersonId, Standing> standings = new HashMap<>();
    private final Map<SessionKind, RuleSet> ruleSets = new EnumMap<>(SessionKind.class);

    Registers(CommunityId community) {
        this.community = community;
    }

    Registers with(PersonId person, Standing standing) {
        standings.put(person, standing);
        return this;
    }

    Registers rules(RuleSet ruleSet) {
        ruleSets.put(ruleSet.kind(), ruleSet);
        return this;
    }

    @Override
    public Standing standing(CommunityId community, PersonId person) {
        known(community);
        return standings.getOrDefault(person, Standing.STRANGER);
    }

    @Override
    public Map<PersonId, Standing> standings(CommunityId community) {
        known(community);
        return Map.copyOf(standings);
    }

    @Override
    public int electorateSize(CommunityId community, ElectorateType electorate) {
        throw new UnsupportedOperationException("a motion counts its own roll");
    }

    @Override
    public RuleSet ruleSet(CommunityId community, SessionKind kind) {
        known(community);
        return ruleSets.getOrDefault(kind, RuleSet.defaultFor(kind));
    }

    private void known(CommunityId asked) {
        if (!community.equals(asked)) {
            throw new Rejection("社区不存在", "No such community");
        }
    }
}
