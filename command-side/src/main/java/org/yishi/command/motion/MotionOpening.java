package org.yishi.command.motion;

import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.Electorate;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.OpenMotion;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.command.community.Standing;
import org.yishi.command.session.SessionRoll;
import org.yishi.command.session.SessionRolls;
import org.yishi.command.text.CommandText;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What opening a vote fixes, and who may open it. In a session: its chair, on the item running in the session in
 * session, under the rule set the session recorded when it opened, with those checked in at this moment on the roll.
 * Online: a committee member or an administrator, with a deadline, under the community's residents' meeting rules,
 * with every member the electorate takes in on the roll.
 * <p>
 * The quorum a vote needs ({@code quorumRequired}) is counted in the units of its own roll. Online it is the rule
 * set's quorum of the whole roll. In a session the roll is those present, so the session's rule set is applied to
 * them: a consultation (no quorum) records 0, and otherwise more than the rule set's share of those present must take
 * part. This keeps quorum and turnout in the same units as the ballots (a household vote in a session of persons
 * counts households on both sides), while the session's own quorum of its whole electorate stays the session's,
 * shown on its board as people come and go.
 */
final class MotionOpening {

    static final int MAX_QUESTION = 200;

    private MotionOpening() {
    }

    static MotionOpened decide(OpenMotion command, CommunityRegisters registers, SessionRolls sessions) {
        CommandText.present(command.motionId(), "表决编号", "A motion id");
        CommunityId community = CommandText.present(command.communityId(), "社区", "A community");
        PersonId actor = CommandText.present(command.actor(), "操作人", "The person opening the vote");
        Instant at = CommandText.present(command.at(), "时间", "The time");
        Standing standing = registers.standing(community, actor);
        Setting setting = command.sessionId() == null ? online(command, community, standing, registers)
                                                      : inSession(command, community, actor, standing, sessions);
        Method method = CommandText.present(command.method(), "表决方式", "The method");
        Secrecy secrecy = CommandText.present(command.secrecy(), "记名或不记名", "Named or secret");
        VotingUnit unit = CommandText.present(command.unit(), "计票单位（一人一票或一户一票）",
                                             "One vote per person or per household");
        String question = CommandText.required(command.question(), MAX_QUESTION, "表决事项", "The question");
        List<MotionOption> options = MotionOptions.of(method, command.options(), command.abstainAllowed());
        if (command.closesAt() != null && !command.closesAt().isAfter(at)) {
            throw new Rejection("截止时间须晚于现在", "The deadline must be later than now");
        }
        Set<StakeholderGroup> groups = command.stakeholderGroups() == null ? Set.of()
                                                                           : Set.copyOf(command.stakeholderGroups());
        RuleSet ruleSet = setting.ruleSet();
        ElectorateType type = command.electorate() == null ? ruleSet.electorate() : command.electorate();
        if (type == ElectorateType.HOUSEHOLDS && unit != VotingUnit.HOUSEHOLD) {
            throw new Rejection("以户为选民范围的表决须一户一票", "A vote of the households is one vote per household");
        }
        HouseholdBallot householdBallot = unit == VotingUnit.HOUSEHOLD ? ruleSet.householdBallot() : null;
        Roll roll = roll(new EligibilityRule(type, groups), registers.standings(community), setting.present(), unit,
                         householdBallot);
        if (roll.isEmpty()) {
            throw new Rejection("没有人有资格参加这次表决", "Nobody may vote on this motion");
        }
        int units = roll.units();
        int quorum = ruleSet.required(units);
        return new MotionOpened(command.motionId(), community, command.sessionId(), setting.item(), setting.proposal(),
                                question, method, options, passing(method, command.passing(), ruleSet),
                                tieRule(method, command.tieRule()), secrecy, unit, householdBallot,
                                command.changeable(), command.closesAt(), ruleSet,
                                new Electorate(type, groups, roll.listed(), units), quorum,
                                ruleSet.kind() != SessionKind.DELIBERATION_DAY, actor, at);
    }

    /** Where a vote is taken: its rules, the item and proposal it decides, and who is there (null: everyone). */
    private record Setting(RuleSet ruleSet, AgendaItemId item, ProposalId proposal, Set<PersonId> present) {
    }

    private static Setting online(OpenMotion command, CommunityId community, Standing standing,
                                  CommunityRegisters registers) {
        if (!standing.actsAs(Role.COMMITTEE_MEMBER, Role.ADMINISTRATOR)) {
            throw new Unauthorized("只有议事委员或社区管理员可以发起线上表决",
                                   "Only a committee member or an administrator may open an online vote");
        }
        if (command.closesAt() == null) {
            throw new Rejection("线上表决须设定截止时间", "An online vote needs a deadline");
        }
        if (command.itemId() != null) {
            throw new Rejection("线上表决不属于会议议程项", "An online vote is not taken on a session's item");
        }
        return new Setting(registers.ruleSet(community, SessionKind.RESIDENTS_MEETING), null, command.proposalId(),
                           null);
    }

    private static Setting inSession(OpenMotion command, CommunityId community, PersonId actor, Standing standing,
                                     SessionRolls sessions) {
        SessionRoll session = sessions.find(command.sessionId())
                                      .filter(found -> found.communityId().equals(community))
                                      .orElseThrow(() -> new Rejection("本社区没有这次会议",
                                                                       "There is no such session in this community"));
        if (!session.mayChair(actor, standing)) {
            throw new Unauthorized("只有本次会议的主持人、议事委员或社区管理员可以发起表决",
                                   "Only this session's moderator, a committee member or an administrator may open a vote");
        }
        if (session.status() != SessionStatus.OPEN) {
            throw new Rejection("会议不在进行中", "The session is not in session");
        }
        AgendaItemId running = Optional.ofNullable(session.runningItem()).orElseThrow(
                () -> new Rejection("当前没有进行中的议程项，无法表决", "No item is running to vote on"));
        if (command.itemId() != null && !command.itemId().equals(running)) {
            throw new Rejection("只能就进行中的议程项表决", "A vote is taken on the item that is running");
        }
        ProposalId proposal = command.proposalId() == null ? session.runningProposal() : command.proposalId();
        return new Setting(session.ruleSet(), running, proposal, session.present());
    }

    private static Roll roll(EligibilityRule eligibility, Map<PersonId, Standing> members, Set<PersonId> present,
                             VotingUnit unit, HouseholdBallot householdBallot) {
        List<Voter> voters = members.entrySet().stream()
                                    .filter(member -> present == null || present.contains(member.getKey()))
                                    .flatMap(member -> eligibility.voter(member.getKey(), member.getValue()).stream())
                                    .toList();
        return Roll.of(voters, unit, householdBallot);
    }

    /** Yes / no / abstain passes by the rule given, or else by the rule set's majority of those present. */
    private static PassingRule passing(Method method, PassingRule given, RuleSet ruleSet) {
        if (method != Method.YES_NO_ABSTAIN) {
            return null;
        }
        return YesNoRule.check(given != null ? given : new PassingRule(ruleSet.majority(), false, PassingBase.PRESENT));
    }

    private static TieRule tieRule(Method method, TieRule given) {
        if (method != Method.SINGLE_CHOICE) {
            return null;
        }
        return CommandText.present(given, "平票规则", "The tie rule");
    }
}
