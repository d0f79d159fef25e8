package org.yishi.command.proposal;

import org.yishi.command.api.proposal.ProposalId;

import java.util.Optional;

/**
 * What a session's agenda needs to know about a proposal it takes up, read while the item is added. The session
 * handler takes it as a parameter; {@link RepositoryAgendaProposals} is the component that serves it.
 */
public interface AgendaProposals {

    /** Empty when nobody submitted a proposal with this id. */
    Optional<AgendaProposal> find(ProposalId proposalId);
}
