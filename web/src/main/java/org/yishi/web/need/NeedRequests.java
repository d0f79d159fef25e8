package org.yishi.web.need;

import org.yishi.command.api.need.NeedCategory;
import org.yishi.command.api.need.NeedStatus;
import org.yishi.command.api.need.Urgency;
import org.yishi.command.api.proposal.Category;

/** Request bodies of the needs API; the command side checks their content and says what is wrong. */
final class NeedRequests {

    private NeedRequests() {
    }

    /** {@code vulnerable}: null, as an unticked box sends it, is false. */
    record Need(String householdId, NeedCategory category, Urgency urgency, String description, Boolean vulnerable) {
    }

    /** {@code note} is the reason when {@code status} is CLOSED. */
    record Step(NeedStatus status, String note) {
    }

    record Escalation(String title, String description, Category category) {
    }

    record Merge(String intoNeedId) {
    }

    record Recorded(String needId) {
    }

    record Escalated(String proposalId) {
    }
}
