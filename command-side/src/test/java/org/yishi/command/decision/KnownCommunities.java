package org.yishi.command.decision;

import org.yishi.command.access.CommunityAccess;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.community.Standing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in for the communities' registers: the standing of a few people, one community each, answering role
 * checks the way the real one does (a resident counts only once verified) and calling everyone else a stranger.
 */
final class KnownCommunities implements CommunityAccess, CommunityRegisters {

    private record Membership(CommunityId community, PersonId person) {
    }

    private final Map<Membership, Standing> standings = new HashMap<>();

    KnownCommunities member(CommunityId community, PersonId person, boolean verified, Role... roles) {
        standings.put(new Membership(community, person), new Standing(true, verified, null, null, Set.of(roles), null));
        return this;
    }

    @Override
    public void require(CommunityId community, PersonId actor, Role... anyOf) {
        if (!standing(community, actor).actsAs(anyOf)) {
            throw new Unauthorized("没有所需的角色", "Missing the required role");
        }
    }

    @Override
    public Standing standing(CommunityId community, PersonId person) {
        return standings.getOrDefault(new Membership(community, person), Standing.STRANGER);
    }

    /** The whole register of one community, which the registers list for a vote's roll. */
    public Map<PersonId, Standing> standings(CommunityId community) {
        Map<PersonId, Standing> register = new HashMap<>();
        standings.forEach((membership, standing) -> {
            if (membership.community().equals(community)) {
                register.put(membership.person(), standing);
            }
        });
        return register;
    }

    @Override
    public int electorateSize(CommunityId community, ElectorateType electorate) {
        throw new UnsupportedOperationException("a decision never asks for an electorate");
    }

    @Override
    public RuleSet ruleSet(CommunityId community, SessionKind kind) {
        throw new UnsupportedOperationException("a decision never asks for a rule set");
    }
}
