package org.yishi.command.need;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.need.NeedCategory;
import org.yishi.command.api.need.NeedStatus;

/** What a merge needs to know of the need it goes into. */
record NeedTarget(CommunityId communityId, NeedCategory category, NeedStatus status) {

    NeedTarget now(NeedStatus next) {
        return new NeedTarget(communityId, category, next);
    }
}
