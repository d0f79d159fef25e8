package org.yishi.query.api.proposals;

import org.yishi.command.api.proposal.Category;

import java.time.Instant;
import java.util.List;

/** The proposals a committee has still to screen, oldest first, with what it needs to decide. */
public record ScreeningQueue(List<Entry> proposals, long position) {

    public record Entry(String proposalId, String title, String description, Category category, String location,
                        String proposerName, int coSigns, Instant submittedAt) {
    }
}
