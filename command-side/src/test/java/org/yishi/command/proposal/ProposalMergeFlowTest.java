package org.yishi.command.proposal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.CoSignProposal;
import org.yishi.command.api.proposal.CoSignersCarriedOver;
import org.yishi.command.api.proposal.DeclineProposal;
import org.yishi.command.api.proposal.MergeProposal;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.SubmitProposal;
import org.yishi.command.eventstore.EventSerializers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.DESCRIPTION;
import static org.yishi.command.proposal.ProposalFixtures.EVENING_MUSIC;
import static org.yishi.command.proposal.ProposalFixtures.HUAYUAN;
import static org.yishi.command.proposal.ProposalFixtures.HUAYUAN_PARKING;
import static org.yishi.command.proposal.ProposalFixtures.JINYUAN;
import static org.yishi.command.proposal.ProposalFixtures.LATER;
import static org.yishi.command.proposal.ProposalFixtures.LI;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.TITLE;
import static org.yishi.command.proposal.ProposalFixtures.WANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHAO;
import static org.yishi.command.proposal.ProposalFixtures.ZHOU;

/**
 * Both halves of a merge through Axon itself: two real proposals, the target read by {@link StoredMergeTargets} from
 * its events, and the saga carrying the supporters over.
 */
class ProposalMergeFlowTest {

    private Configuration axon;
    private CommandGateway commands;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureSerializer(c -> EventSerializers.jackson())
                                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                                .configureAggregate(Proposal.class)
                                .registerComponent(CommunityAccess.class, c -> ProposalFixtures.members())
                                .registerComponent(MergeTargets.class, c -> MergeTargets.readingFrom(c.eventStore()))
                                .eventProcessing(processing -> processing.usingSubscribingEventProcessors()
                                                                         .registerSaga(ProposalMergeSaga.class))
                                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
        submit(SQUARE_NOISE, JINYUAN, ZHANG);
        submit(EVENING_MUSIC, JINYUAN, LI);
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void mergingADuplicateCarriesItsSupportersOverToTheProposalItWentInto() {
        commands.sendAndWait(new CoSignProposal(SQUARE_NOISE, WANG, AT));
        commands.sendAndWait(new CoSignProposal(EVENING_MUSIC, WANG, AT));

        commands.sendAndWait(new MergeProposal(SQUARE_NOISE, EVENING_MUSIC, ZHOU, LATER));

        assertThat(eventsOf(EVENING_MUSIC)).last().isEqualTo(
                new CoSignersCarriedOver(EVENING_MUSIC, SQUARE_NOISE, List.of(ZHANG), ZHOU, LATER));
        assertThatThrownBy(() -> commands.sendAndWait(new CoSignProposal(EVENING_MUSIC, ZHANG, LATER)))
                .isInstanceOf(Rejection.class)
                .hasMessageStartingWith("您已为该议题联名");
    }

    @Test
    void aMergeIntoAProposalDeclinedMeanwhileIsRefused() {
        commands.sendAndWait(new DeclineProposal(EVENING_MUSIC, "与本社区无关的事项", ZHOU, AT));

        assertThatThrownBy(() -> commands.sendAndWait(new MergeProposal(SQUARE_NOISE, EVENING_MUSIC, ZHOU, LATER)))
                .isInstanceOf(Rejection.class)
                .hasMessageStartingWith("要合并到的议题已筛选或已撤回");
    }

    @Test
    void aMergeIntoAProposalOfAnotherCommunityIsRefused() {
        submit(HUAYUAN_PARKING, HUAYUAN, ZHAO);

        assertThatThrownBy(() -> commands.sendAndWait(new MergeProposal(SQUARE_NOISE, HUAYUAN_PARKING, ZHOU, LATER)))
                .isInstanceOf(Rejection.class)
                .hasMessageStartingWith("只能合并到本社区的议题");
    }

    @Test
    void aMergeIntoAProposalNobodySubmittedIsRefused() {
        assertThatThrownBy(() -> commands.sendAndWait(new MergeProposal(SQUARE_NOISE, HUAYUAN_PARKING, ZHOU, LATER)))
                .isInstanceOf(Rejection.class)
                .hasMessageStartingWith("要合并到的议题不存在");
    }

    private void submit(ProposalId proposal, CommunityId community, PersonId proposer) {
        commands.sendAndWait(new SubmitProposal(proposal, community, TITLE, DESCRIPTION, Category.NOISE, null,
                                                proposer, AT));
    }

    private List<Object> eventsOf(ProposalId proposal) {
        return axon.eventStore().readEvents(proposal.value()).asStream()
                   .map(Message::getPayload).map(Object.class::cast).toList();
    }
}
