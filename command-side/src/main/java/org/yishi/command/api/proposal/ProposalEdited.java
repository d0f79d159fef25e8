package org.yishi.command.api.proposal;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The whole new text, so every earlier wording stays readable in the stream. */
public record ProposalEdited(ProposalId proposalId, String title, String description, Category category,
                             String location, PersonId editedBy, Instant at) {
}
