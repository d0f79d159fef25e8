package org.yishi.command.api.motion;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionId;

import java.time.Instant;
import java.util.List;

/**
 * A vote opened, with everything that decides it fixed now: the options, the method, the roll, and the rule set in
 * force ({@code ruleSet}, whose version the result repeats). {@code quorumRequired}: how many units of the roll must
 * take part for the result to count, by the rule set's quorum share of the roll's units (in a session the roll is
 * those checked in; 0 when the rules set no quorum, as in a consultation); {@code householdBallot} is the rule set's
 * choice under one vote per household (null under one vote per person). {@code binding}: the vote is held under
 * residents' or representatives' meeting rules; a consultation's vote only recommends.
 */
public record MotionOpened(MotionId motionId, CommunityId communityId, SessionId sessionId, AgendaItemId itemId,
                           ProposalId proposalId, String question, Method method, List<MotionOption> options,
                           PassingRule passing, TieRule tieRule, Secrecy secrecy, VotingUnit unit,
                           HouseholdBallot householdBallot, boolean changeable, Instant closesAt, RuleSet ruleSet,
                           Electorate electorate, int quorumRequired, boolean binding, PersonId openedBy,
                           Instant at) {
}
