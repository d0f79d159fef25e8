package org.yishi.command.need;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.access.HouseholdCoverage;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.need.AdvanceNeed;
import org.yishi.command.api.need.CloseNeed;
import org.yishi.command.api.need.EscalateNeed;
import org.yishi.command.api.need.MergeNeed;
import org.yishi.command.api.need.NeedAdvanced;
import org.yishi.command.api.need.NeedCategory;
import org.yishi.command.api.need.NeedClosed;
import org.yishi.command.api.need.NeedEscalated;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.need.NeedMerged;
import org.yishi.command.api.need.NeedRecorded;
import org.yishi.command.api.need.NeedStatus;
import org.yishi.command.api.need.RecordNeed;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.community.Standing;
import org.yishi.command.proposal.ProposalText;
import org.yishi.command.text.CommandText;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A need (需求) on a community's needs list: recorded for a household, taken through its steps by staff, evaluated
 * by its household; closed with a reason, escalated into a proposal, or merged into a need of the same kind.
 */
@Aggregate
class Need {

    private static final int MIN_DESCRIPTION = 5;
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_NOTE = 500;
    private static final int MIN_REASON = 2;
    private static final int MAX_REASON = 500;

    @AggregateIdentifier
    private NeedId needId;
    private CommunityId communityId;
    private HouseholdId householdId;
    private NeedCategory category;
    private NeedStatus status;
    private ProposalId escalatedTo;

    Need() {
    }

    @CommandHandler
    Need(RecordNeed command, CommunityRegisters registers, HouseholdCoverage coverage) {
        CommunityId community = CommandText.present(command.communityId(), "社区", "The community");
        Standing actor = registers.standing(community, command.actor());
        HouseholdId household = CommandText.present(command.householdId(), "户", "The household");
        GroupId group = coverage.groupOf(community, household);
        RecordingRule.check(actor, coverage.coveredBy(community, command.actor()), household, group);
        NeedCategory checkedCategory = CommandText.present(command.category(), "需求类别", "A category");
        CommandText.present(command.urgency(), "紧急程度", "The urgency");
        String description = CommandText.required(command.description(), MAX_DESCRIPTION, "需求描述",
                                                  "A description");
        if (description.codePointCount(0, description.length()) < MIN_DESCRIPTION) {
            throw new Rejection("需求描述至少" + MIN_DESCRIPTION + "个字",
                                "A description has at least " + MIN_DESCRIPTION + " characters");
        }
        apply(new NeedRecorded(command.needId(), community, household, group, checkedCategory, command.urgency(),
                               description, command.vulnerable(), command.actor(), command.at()));
    }

    @CommandHandler
    void handle(AdvanceNeed command, CommunityAccess access, CommunityRegisters registers) {
        NeedStatus to = CommandText.present(command.to(), "下一步状态", "The next status");
        if (to == NeedStatus.EVALUATED) {
            requireStaffOrHousehold(registers.standing(communityId, command.actor()));
        } else {
            access.require(communityId, command.actor(), RecordingRule.STAFF);
        }
        StatusRule.checkAdvance(status, to);
        String note = CommandText.optional(command.note(), MAX_NOTE, "说明", "A note");
        apply(new NeedAdvanced(needId, status, to, note, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(CloseNeed command, CommunityAccess access) {
        access.require(communityId, command.actor(), RecordingRule.STAFF);
        StatusRule.requireOpen(status, "关闭", "closed");
        String reason = CommandText.required(command.reason(), MAX_REASON, "关闭理由", "A reason for closing");
        if (reason.codePointCount(0, reason.length()) < MIN_REASON) {
            throw new Rejection("关闭理由至少" + MIN_REASON + "个字",
                                "A reason for closing has at least " + MIN_REASON + " characters");
        }
        apply(new NeedClosed(needId, reason, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(EscalateNeed command, CommunityAccess access) {
        access.require(communityId, command.actor(), RecordingRule.STAFF);
        StatusRule.requireOpen(status, "转为议题", "escalated");
        if (escalatedTo != null) {
            throw new Rejection("该需求已转为议题" + escalatedTo, "This need was escalated to proposal " + escalatedTo);
        }
        ProposalId proposal = CommandText.present(command.proposalId(), "议题编号", "A proposal id");
        ProposalText text = ProposalText.of(command.title(), command.description(), command.category(), null);
        apply(new NeedEscalated(needId, communityId, proposal, text.title(), text.description(), text.category(),
                                command.actor(), command.at()));
    }

    @CommandHandler
    void handle(MergeNeed command, CommunityAccess access, NeedTargets targets) {
        access.require(communityId, command.actor(), RecordingRule.STAFF);
        StatusRule.requireOpen(status, "合并", "merged");
        NeedId into = CommandText.present(command.intoNeedId(), "合并到的需求", "The need to merge into");
        if (into.equals(needId)) {
            throw new Rejection("需求不能合并到自身", "A need cannot be merged into itself");
        }
        NeedTarget target = targets.find(into)
                                   .filter(found -> found.communityId().equals(communityId))
                                   .orElseThrow(() -> new Rejection("本社区没有这条需求",
                                                                    "There is no such need in this community"));
        if (target.category() != category) {
            throw new Rejection("只能合并同一类别的需求", "Only needs of the same category can be merged");
        }
        if (!target.status().open()) {
            throw new Rejection("只能合并到尚未办结的需求", "A need can only be merged into one still open");
        }
        apply(new NeedMerged(needId, into, command.actor(), command.at()));
    }

    private void requireStaffOrHousehold(Standing actor) {
        if (!actor.actsAs(RecordingRule.STAFF) && !(actor.member() && householdId.equals(actor.household()))) {
            throw new Unauthorized("只有本户居民或议事委员、管理员可以评价", 
                                   "Only the household, the committee or an administrator may evaluate");
        }
    }

    @EventSourcingHandler
    void on(NeedRecorded event) {
        needId = event.needId();
        communityId = event.communityId();
        householdId = event.householdId();
        category = event.category();
        status = NeedStatus.RECORDED;
    }

    @EventSourcingHandler
    void on(NeedAdvanced event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(NeedClosed event) {
        status = NeedStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(NeedEscalated event) {
        escalatedTo = event.proposalId();
    }

    @EventSourcingHandler
    void on(NeedMerged event) {
        status = NeedStatus.MERGED;
    }
}
