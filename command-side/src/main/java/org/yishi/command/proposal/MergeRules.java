package org.yishi.command.proposal;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.proposal.ProposalId;

/** A duplicate is merged into a different proposal of the same community that is still awaiting screening. */
final class MergeRules {

    private MergeRules() {
    }

    static void check(ProposalId duplicate, CommunityId community, ProposalId into, MergeTargets targets) {
        if (into == null) {
            throw new Rejection("请指定要合并到的议题", "Name the proposal to merge into");
        }
        if (into.equals(duplicate)) {
            throw new Rejection("议题不能合并到自身", "A proposal cannot be merged into itself");
        }
        MergeTarget target = targets.find(into).orElseThrow(
                () -> new Rejection("要合并到的议题不存在", "The proposal to merge into does not exist"));
        if (!target.communityId().equals(community)) {
            throw new Rejection("只能合并到本社区的议题", "A proposal can only be merged into one of its own community");
        }
        if (!target.status().isOpen()) {
            throw new Rejection("要合并到的议题已筛选或已撤回，不能再合并进去",
                                "The proposal to merge into was already screened or withdrawn");
        }
    }
}
