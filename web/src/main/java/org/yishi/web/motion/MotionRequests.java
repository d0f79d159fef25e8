package org.yishi.web.motion;

import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.ElectorateType;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Request and answer bodies of the motion API; the command side checks their content and says what is wrong. */
final class MotionRequests {

    private MotionRequests() {
    }

    /**
     * A vote to open. In a session, {@code itemId} absent means the item running now, and {@code electorate} is
     * ignored (the roll is those checked in); online, {@code closesAt} is the deadline. {@code passing} absent: more
     * than half of those present.
     */
    record NewMotion(String itemId, String proposalId, String question, Method method, List<String> options,
                     boolean abstainAllowed, PassingRule passing, TieRule tieRule, Secrecy secrecy, VotingUnit unit,
                     ElectorateType electorate, Set<StakeholderGroup> stakeholderGroups, boolean changeable,
                     Instant closesAt) {
    }

    record Opened(String motionId) {
    }

    /** {@code reason}: required with an objection to a consent motion. */
    record Ballot(String option, String reason) {
    }
}
