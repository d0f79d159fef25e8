package org.yishi.command.proposal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.api.proposal.AcceptProposal;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.EditProposal;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.SubmitProposal;
import org.yishi.command.eventstore.EventSerializers;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.DESCRIPTION;
import static org.yishi.command.proposal.ProposalFixtures.EVENING_MUSIC;
import static org.yishi.command.proposal.ProposalFixtures.JINYUAN;
import static org.yishi.command.proposal.ProposalFixtures.LATER;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.TITLE;
import static org.yishi.command.proposal.ProposalFixtures.ZHANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHOU;

/** The agenda's view of proposals submitted, edited and screened through Axon, loaded back from their events. */
class RepositoryAgendaProposalsTest {

    private Configuration axon;
    private CommandGateway commands;
    private AgendaProposals proposals;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureSerializer(c -> EventSerializers.jackson())
                                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                                .configureAggregate(Proposal.class)
                                .registerComponent(CommunityAccess.class, c -> ProposalFixtures.members())
                                .registerComponent(MergeTargets.class, c -> MergeTargets.readingFrom(c.eventStore()))
                                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
        proposals = new RepositoryAgendaProposals(axon.repository(Proposal.class));
        commands.sendAndWait(new SubmitProposal(SQUARE_NOISE, JINYUAN, TITLE, DESCRIPTION, Category.NOISE, null, ZHANG,
                                                AT));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void aProposalAcceptedOntoADeliberationDayIsSeenWithItsCommunityAndTitle() {
        commands.sendAndWait(new AcceptProposal(SQUARE_NOISE, Destination.DELIBERATION_DAY, null, null, ZHOU, LATER));

        assertThat(find(SQUARE_NOISE)).contains(new AgendaProposal(JINYUAN, TITLE, Destination.DELIBERATION_DAY));
        assertThat(find(SQUARE_NOISE).orElseThrow().onDeliberationDay()).isTrue();
    }

    @Test
    void aProposalNotYetScreenedIsGoingNowhere() {
        assertThat(find(SQUARE_NOISE)).contains(new AgendaProposal(JINYUAN, TITLE, null));
    }

    @Test
    void aProposalAcceptedForAVoteIsNotForADeliberationDay() {
        commands.sendAndWait(new AcceptProposal(SQUARE_NOISE, Destination.FOR_VOTE, null, null, ZHOU, LATER));

        assertThat(find(SQUARE_NOISE).orElseThrow().onDeliberationDay()).isFalse();
    }

    @Test
    void theTitleIsTheLatestEdit() {
        commands.sendAndWait(new EditProposal(SQUARE_NOISE, "晚间广场舞音量", DESCRIPTION, Category.NOISE, null, ZHANG,
                                              LATER));

        assertThat(find(SQUARE_NOISE).orElseThrow().title()).isEqualTo("晚间广场舞音量");
    }

    @Test
    void aProposalNobodySubmittedIsNotFound() {
        assertThat(find(EVENING_MUSIC)).isEmpty();
    }

    /** As the session's handler asks: inside a unit of work. */
    private Optional<AgendaProposal> find(ProposalId proposal) {
        @SuppressWarnings("unchecked")
        Optional<AgendaProposal> found = (Optional<AgendaProposal>) DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> proposals.find(proposal)).getPayload();
        return found;
    }
}
