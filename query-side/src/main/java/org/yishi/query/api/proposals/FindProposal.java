package org.yishi.query.api.proposals;

/** Asks for one proposal with its co-signers and its whole history; answered with an empty Optional if unknown. */
public record FindProposal(String proposalId) {
}
