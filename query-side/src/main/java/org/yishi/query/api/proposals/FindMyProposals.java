package org.yishi.query.api.proposals;

/** Asks for the proposals a person raised, in every community, newest first. */
public record FindMyProposals(String proposerId) {
}
