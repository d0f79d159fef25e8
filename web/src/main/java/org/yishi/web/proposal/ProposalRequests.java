package org.yishi.web.proposal;

import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.Destination;

import java.time.LocalDate;

/** Request bodies of the proposal API; the command side checks their content and says what is wrong. */
final class ProposalRequests {

    private ProposalRequests() {
    }

    record Text(String title, String description, Category category, String location) {
    }

    record Reason(String reason) {
    }

    record Acceptance(Destination destination, LocalDate plannedDate, String note) {
    }

    record Merge(String intoProposalId) {
    }

    record Submitted(String proposalId) {
    }
}
