package org.yishi.query.api.proposals;

import org.yishi.command.api.proposal.Category;

/** A proposal's wording at one moment; {@code location} may be null. */
public record ProposalText(String title, String description, Category category, String location) {
}
