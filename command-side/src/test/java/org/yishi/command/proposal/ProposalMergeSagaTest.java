package org.yishi.command.proposal;

import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.proposal.ProposalMerged;

import java.util.List;

import static org.yishi.command.proposal.ProposalFixtures.EVENING_MUSIC;
import static org.yishi.command.proposal.ProposalFixtures.LATER;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.WANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHOU;

class ProposalMergeSagaTest {

    @Test
    void aRecordedMergeSendsTheSupportersToTheProposalItWentIntoAndLeavesNoSagaBehind() {
        new SagaTestFixture<>(ProposalMergeSaga.class)
                .givenNoPriorActivity()
                .whenPublishingA(new ProposalMerged(SQUARE_NOISE, EVENING_MUSIC, List.of(ZHANG, WANG), ZHOU, LATER))
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        new AbsorbCoSigners(EVENING_MUSIC, SQUARE_NOISE, List.of(ZHANG, WANG), ZHOU, LATER));
    }
}
