package org.yishi.command.access;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
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
import org.yishi.command.community.Community;
import org.yishi.command.community.Standing;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Asks the community aggregate itself, loaded from its events, so that a check always sees the latest grant or
 * revocation. It runs inside the calling handler's unit of work, which holds the community's lock until it ends.
 */
@Component
class AggregateCommunityAccess implements CommunityAccess, CommunityRegisters, HouseholdCoverage {

    private final Repository<Community> communities;

    AggregateCommunityAccess(Repository<Community> communities) {
        this.communities = communities;
    }

    @Override
    public void require(CommunityId community, PersonId actor, Role... anyOf) {
        if (!load(community).invoke(loaded -> loaded.allows(actor, anyOf))) {
            throw new Unauthorized("需要本社区的以下角色之一：" + names(anyOf, Role::chinese, "、"),
                                   "This needs one of these roles in this community: "
                                   + names(anyOf, Role::english, ", "));
        }
    }

    @Override
    public Standing standing(CommunityId community, PersonId person) {
        return load(community).invoke(loaded -> loaded.standing(person));
    }

    @Override
    public Map<PersonId, Standing> standings(CommunityId community) {
        return load(community).invoke(Community::standings);
    }

    @Override
    public int electorateSize(CommunityId community, ElectorateType electorate) {
        return load(community).invoke(loaded -> loaded.electorateSize(electorate));
    }

    @Override
    public RuleSet ruleSet(CommunityId community, SessionKind kind) {
        return load(community).invoke(loaded -> loaded.ruleSet(kind));
    }

    @Override
    public GroupId groupOf(CommunityId community, HouseholdId household) {
        return load(community).invoke(loaded -> loaded.groupOf(household));
    }

    @Override
    public Set<GroupId> coveredBy(CommunityId community, PersonId person) {
        return load(community).invoke(loaded -> loaded.coveredBy(person));
    }

    private Aggregate<Community> load(CommunityId community) {
        try {
            return communities.load(community.value());
        } catch (AggregateNotFoundException unknown) {
            throw new Rejection("社区不存在", "No such community");
        }
    }

    private static String names(Role[] roles, Function<Role, String> name, String separator) {
        return Arrays.stream(roles).map(name).collect(Collectors.joining(separator));
    }
}
