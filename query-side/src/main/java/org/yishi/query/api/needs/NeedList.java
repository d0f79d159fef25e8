package org.yishi.query.api.needs;

import org.yishi.command.api.need.NeedCategory;
import org.yishi.command.api.need.NeedStatus;
import org.yishi.command.api.need.Urgency;

import java.time.Instant;
import java.util.List;

/**
 * The needs one reader may see. {@code position}: the global position of the newest event the list reflects (-1
 * for none).
 */
public record NeedList(List<Entry> needs, long position) {

    /**
     * {@code householdId} is null for a reader who neither serves nor lives in the household; {@code note} is the
     * latest step's note or the reason it was closed; {@code proposalId} and {@code mergedInto} are null unless
     * escalated or merged.
     */
    public record Entry(String needId, String householdId, NeedCategory category, Urgency urgency,
                        String description, boolean vulnerable, NeedStatus status, String note,
                        String proposalId, String mergedInto, Instant recordedAt) {
    }
}
