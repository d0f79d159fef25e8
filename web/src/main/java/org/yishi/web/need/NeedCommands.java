package org.yishi.web.need;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.need.AdvanceNeed;
import org.yishi.command.api.need.CloseNeed;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.need.NeedStatus;
import org.yishi.command.api.need.RecordNeed;

import java.time.Instant;

/** The commands the API and the page both build from a form; the command side decides everything else. */
final class NeedCommands {

    private NeedCommands() {
    }

    static RecordNeed record(NeedId id, String communityId, NeedRequests.Need need, PersonId actor, Instant at) {
        HouseholdId household = need.householdId() == null || need.householdId().isBlank()
                                ? null : new HouseholdId(need.householdId().strip());
        if (household == null) {
            throw new Rejection("请填写户编号", "A household is required");
        }
        return new RecordNeed(id, new CommunityId(communityId), household, need.category(), need.urgency(),
                              need.description(), Boolean.TRUE.equals(need.vulnerable()), actor, at);
    }

    /** Closing is a step of its own on the command side, since it needs a reason and ends the need. */
    static Object step(String needId, NeedRequests.Step step, PersonId actor, Instant at) {
        NeedId id = new NeedId(needId);
        if (step.status() == NeedStatus.CLOSED) {
            return new CloseNeed(id, step.note(), actor, at);
        }
        return new AdvanceNeed(id, step.status(), step.note(), actor, at);
    }
}
