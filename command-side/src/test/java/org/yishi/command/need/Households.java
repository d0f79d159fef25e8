package org.yishi.command.need;

import org.yishi.command.access.CommunityAccess;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.access.HouseholdCoverage;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.community.Standing;

import java.util.Map;
import java.util.Set;

import static org.yishi.command.need.NeedFixtures.JINYUAN;

/** A stand-in for 锦苑's registers as the need rules read them; refuses the way the real check does. */
final class Households implements CommunityAccess, CommunityRegisters, HouseholdCoverage {

    private final Map<PersonId, Standing> people;
    private final Map<HouseholdId, GroupId> groups;
    private final Map<PersonId, Set<GroupId>> covered;

    Households(Map<PersonId, Standing> people, Map<HouseholdId, GroupId> groups, Map<PersonId, Set<GroupId>> covered) {
        this.people = people;
        this.groups = groups;
        this.covered = covered;
    }

    @Override
    public void require(CommunityId community, PersonId actor, Role... anyOf) {
        if (!standing(community, actor).actsAs(anyOf)) {
            throw new Unauthorized("没有所需的角色", "Missing the required role");
        }
    }

    @Override
    public Standing standing(CommunityId community, PersonId person) {
        return community.equals(JINYUAN) ? people.getOrDefault(person, Standing.STRANGER) : Standing.STRANGER;
    }

    @Override
    public GroupId groupOf(CommunityId community, HouseholdId household) {
        GroupId group = community.equals(JINYUAN) ? groups.get(household) : null;
        if (group == null) {
            throw new Rejection("本社区没有这一户", "There is no such household in this community");
        }
        return group;
    }

    @Override
    public Set<GroupId> coveredBy(CommunityId community, PersonId person) {
        return community.equals(JINYUAN) ? covered.getOrDefault(person, Set.of()) : Set.of();
    }

    @Override
    public Map<PersonId, Standing> standings(CommunityId community) {
        throw new UnsupportedOperationException("needs never read the whole register");
    }

    @Override
    public int electorateSize(CommunityId community, ElectorateType electorate) {
        throw new UnsupportedOperationException("needs never count an electorate");
    }

    @Override
    public RuleSet ruleSet(CommunityId community, SessionKind kind) {
        throw new UnsupportedOperationException("needs have no session rules");
    }
}
