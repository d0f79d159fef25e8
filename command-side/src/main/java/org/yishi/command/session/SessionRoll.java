package org.yishi.command.session;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.command.community.Standing;

import java.util.Set;

/**
 * A session as a vote taken in it sees it: where it stands, the item running (null when none) and the proposal that
 * item takes up (null for an item added ad hoc), the rule set recorded when it was scheduled and again when it
 * opened, and who is checked in at this moment. Who may open and close the vote is the session's own chair rule.
 */
public record SessionRoll(CommunityId communityId, SessionStatus status, AgendaItemId runningItem,
                          ProposalId runningProposal, RuleSet ruleSet, PersonId moderator, Set<PersonId> present) {

    public SessionRoll {
        present = Set.copyOf(present);
    }

    /** Whether {@code actor} may run this session: its moderator, a committee member or an administrator. */
    public boolean mayChair(PersonId actor, Standing standing) {
        return new ChairRule(moderator).mayChair(actor, standing);
    }
}
