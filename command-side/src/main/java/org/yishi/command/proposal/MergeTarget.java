package org.yishi.command.proposal;

import org.yishi.command.api.community.CommunityId;

/** The community of a proposal a duplicate may be merged into, and where it stands now. */
record MergeTarget(CommunityId communityId, ProposalStatus status) {

    MergeTarget now(ProposalStatus newStatus) {
        return new MergeTarget(communityId, newStatus);
    }
}
