package org.yishi.command.session;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.Format;
import org.yishi.command.community.Standing;
import org.yishi.command.text.CommandText;

import java.util.Set;

/**
 * Who may check in, and how: with the join code in a room there is one, online for a verified member when the
 * session is online, or by staff for someone without a phone. Members of the community attend; a stakeholder
 * representative comes only for a group the session invited, unless they are a verified resident as well.
 */
record CheckInRule(Format format, String joinCode, Set<StakeholderGroup> invited, ChairRule chair) {

    void check(CheckInMethod method, String code, PersonId participant, Standing attendee, PersonId actor,
               Standing actorStanding) {
        CommandText.present(participant, "签到人", "The participant");
        switch (CommandText.present(method, "签到方式", "A way of checking in")) {
            case CODE -> {
                requireSelf(participant, actor);
                if (format == Format.ONLINE) {
                    throw new Rejection("本次会议在线上进行，没有现场签到", "This session is online; there is no room to check in to");
                }
                if (!JoinCode.matches(joinCode, code)) {
                    throw new Rejection("签到码不正确", "The join code is wrong");
                }
            }
            case ONLINE -> {
                requireSelf(participant, actor);
                if (format == Format.IN_ROOM) {
                    throw new Rejection("本次会议只在现场进行，不能线上签到", "This session is in the room only; it cannot be joined online");
                }
                if (!attendee.member() || !attendee.verified()) {
                    throw new Rejection("线上签到须是身份已核实的本社区成员",
                                        "Checking in online needs a verified member of this community");
                }
            }
            case STAFF -> chair.requireStaff(actor, actorStanding);
        }
        if (!attendee.member()) {
            throw new Rejection("此人不是本社区成员", "This person is not a member of this community");
        }
        if (attendee.actsAs(Role.STAKEHOLDER_REPRESENTATIVE) && !attendee.verifiedResident()
            && !invited.contains(attendee.stakeholderGroup())) {
            StakeholderGroup group = attendee.stakeholderGroup();
            throw new Rejection("本次会议未邀请" + group.chinese() + "参加",
                                "The " + group.english() + " is not invited to this session");
        }
    }

    private static void requireSelf(PersonId participant, PersonId actor) {
        if (!participant.equals(actor)) {
            throw new Unauthorized("只能为自己签到", "You can only check yourself in this way");
        }
    }
}
