package org.yishi.command.proposal;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import org.yishi.command.api.proposal.ProposalId;

import java.util.Optional;

/**
 * Loads the proposal itself inside the calling handler's unit of work, which holds the proposal's lock until it ends;
 * no proposal handler loads a session, so the two never wait on each other.
 */
@Component
class RepositoryAgendaProposals implements AgendaProposals {

    private final Repository<Proposal> proposals;

    RepositoryAgendaProposals(Repository<Proposal> proposals) {
        this.proposals = proposals;
    }

    @Override
    public Optional<AgendaProposal> find(ProposalId proposalId) {
        try {
            return Optional.of(proposals.load(proposalId.value()).invoke(Proposal::asAgendaProposal));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
