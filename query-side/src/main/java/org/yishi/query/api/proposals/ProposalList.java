package org.yishi.query.api.proposals;

import org.yishi.command.api.proposal.Category;

import java.time.Instant;
import java.util.List;

/** A list of proposals; {@code position} is the global position of the newest event it reflects (-1 if none). */
public record ProposalList(List<Entry> proposals, long position) {

    /** {@code deliberated}: it is on the agenda of a session that has closed (its item was taken there). */
    public record Entry(String proposalId, String communityId, String title, Category category,
                        ProposalStatus status, String proposerName, int coSigns, Instant submittedAt,
                        boolean deliberated) {
    }
}
