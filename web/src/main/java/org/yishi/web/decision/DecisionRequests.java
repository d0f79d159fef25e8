package org.yishi.web.decision;

import org.yishi.command.api.decision.Visibility;

import java.time.LocalDate;

/** Request and answer bodies of the decision API; the command side checks their content and says what is wrong. */
final class DecisionRequests {

    private DecisionRequests() {
    }

    /** {@code reason}: why it was reworded; required after a return. */
    record Revision(String title, String text, String reason) {
    }

    record Note(String note) {
    }

    record Comment(String comment) {
    }

    record Comments(String comments) {
    }

    record Publication(Visibility visibility) {
    }

    /** {@code reporterId}: a member who reports for the responsible party, optional. */
    record NewAction(String description, String responsible, String reporterId, LocalDate due) {
    }

    record ActionAdded(String actionId) {
    }

    record Progress(String report) {
    }

    record Check(boolean satisfactory, String finding) {
    }

    record Rating(int stars, String comment) {
    }
}
