package org.yishi.command.authz;

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

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The people of the authorization matrix: in {@link #HOME}, one verified member per {@link Role}, holding that role
 * and no other; in {@link #ELSEWHERE}, one member holding every role, who is a stranger at home. Answers role checks
 * the way the real registers do (a resident counts only once verified).
 */
public final class Cast implements CommunityAccess, CommunityRegisters {

    public static final CommunityId HOME = new CommunityId("jinyuan");
    public static final CommunityId ELSEWHERE = new CommunityId("huayuan");
    /** Holds every role, in {@link #ELSEWHERE} only. */
    public static final PersonId OTHER_COMMUNITY = new PersonId("huayuan-everything");
    /** A member of {@link #HOME} holding no role: the reporter of a follow-up action, an author, and so on. */
    public static final PersonId PLAIN_MEMBER = new PersonId("jinyuan-plain");

    private static final Map<Role, PersonId> HOLDERS = new EnumMap<>(Role.class);

    static {
        for (Role role : Role.values()) {
            HOLDERS.put(role, new PersonId("jinyuan-" + role.name().toLowerCase().replace('_', '-')));
        }
    }

    private record Membership(CommunityId community, PersonId person) {
    }

    private final Map<Membership, Standing> standings = new HashMap<>();

    public Cast() {
        HOLDERS.forEach((role, person) -> standings.put(new Membership(HOME, person),
                                                        new Standing(true, true, null, null, Set.of(role), null)));
        standings.put(new Membership(HOME, PLAIN_MEMBER), new Standing(true, true, null, null, Set.of(), null));
        standings.put(new Membership(ELSEWHERE, OTHER_COMMUNITY),
                      new Standing(true, true, null, null, Set.of(Role.values()), null));
    }

    /** The member of {@link #HOME} who holds exactly {@code role}. */
    public static PersonId holder(Role role) {
        return HOLDERS.get(role);
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

    @Override
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
        return standings(community).size();
    }

    @Override
    public RuleSet ruleSet(CommunityId community, SessionKind kind) {
        return RuleSet.defaultFor(kind);
    }
}
