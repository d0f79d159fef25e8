package org.yishi.command.session;

import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.community.Standing;

/**
 * Who runs a session and who prepares it. The named moderator runs it, and a committee member or an administrator
 * may stand in; only a committee member or an administrator schedules a session or changes its agenda. Staff who
 * check people in are those who run it, or any moderator of the community.
 */
record ChairRule(PersonId moderator) {

    static void requireOrganiser(Standing actor) {
        if (!actor.actsAs(Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR)) {
            throw new Unauthorized("只有议事委员或社区管理员可以安排会议和议程",
                                   "Only a committee member or an administrator may schedule a session or change its agenda");
        }
    }

    boolean mayChair(PersonId actor, Standing standing) {
        return standing.member() && actor.equals(moderator)
               || standing.actsAs(Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR);
    }

    void requireChair(PersonId actor, Standing standing) {
        if (!mayChair(actor, standing)) {
            throw new Unauthorized("只有本次会议的主持人、议事委员或社区管理员可以这样做",
                                   "Only this session's moderator, a committee member or an administrator may do this");
        }
    }

    boolean isStaff(PersonId actor, Standing standing) {
        return mayChair(actor, standing) || standing.actsAs(Role.MODERATOR);
    }

    void requireStaff(PersonId actor, Standing standing) {
        if (!isStaff(actor, standing)) {
            throw new Unauthorized("只有议事委员、主持人或社区管理员可以为他人签到或签退",
                                   "Only a committee member, a moderator or an administrator may check others in or out");
        }
    }
}
