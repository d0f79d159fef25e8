package org.yishi.web.session;

import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.Outcome;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.Stance;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Request and answer bodies of the session API; the command side checks their content and says what is wrong. */
final class SessionRequests {

    private SessionRequests() {
    }

    record Schedule(SessionKind kind, String title, Instant startsAt, String place, Format format, String moderatorId,
                    Set<StakeholderGroup> invitedGroups, int speakingSeconds, boolean publicBoard) {
    }

    record Scheduled(String sessionId, String joinCode) {
    }

    /** {@code speakingSeconds} 0 or absent takes the session's default. */
    record NewItem(String proposalId, String title, int plannedMinutes, int speakingSeconds) {
    }

    record ItemAdded(String itemId) {
    }

    record Order(List<String> order) {
    }

    /** The join code typed or scanned in the room; absent or blank checks in online. */
    record Code(String code) {
    }

    record Reason(String reason) {
    }

    record ItemClosing(Outcome outcome, String text) {
    }

    record Floor(String speakerId, String reason) {
    }

    record Position(Stance stance, String reason) {
    }

    /** {@code itemId} absent: a note on the whole session. */
    record Note(String itemId, String text) {
    }

    record Visibility(boolean publicBoard) {
    }

    record JoinCode(String code, String joinUrl) {
    }

    record Joined(String sessionId) {
    }
}
