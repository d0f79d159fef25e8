package org.yishi.command.access;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.community.Standing;

import java.util.Map;

/**
 * What a session or a vote reads from a community's registers while it decides: who someone is there, who its
 * members are, how large an electorate is, and which rules apply. Handlers take it as a parameter, next to
 * {@link CommunityAccess}. Each method throws an {@link org.yishi.command.api.Rejection} for an unknown community.
 */
public interface CommunityRegisters {

    /** {@link Standing#STRANGER} for someone who is not a member. */
    Standing standing(CommunityId community, PersonId person);

    /** Every member with their standing, by person: the listing an online vote's roll is drawn from. */
    Map<PersonId, Standing> standings(CommunityId community);

    int electorateSize(CommunityId community, ElectorateType electorate);

    RuleSet ruleSet(CommunityId community, SessionKind kind);
}
