package org.yishi.query.api.proposals;

/** How a proposal list is ordered: newest first, or the most co-signed first (newest among equals). */
public enum ProposalOrder {
    NEWEST, MOST_CO_SIGNED
}
