package org.yishi.command.proposal;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.need.NeedEscalated;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalRaisedFromNeed;
import org.yishi.command.api.proposal.ProposalSubmitted;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.DESCRIPTION;
import static org.yishi.command.proposal.ProposalFixtures.JINYUAN;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.TITLE;
import static org.yishi.command.proposal.ProposalFixtures.ZHOU;

class RaisingAProposalFromANeedTest {

    private static final NeedId NEED = new NeedId("need-1");
    private static final RaiseProposalFromNeed RAISE =
            new RaiseProposalFromNeed(SQUARE_NOISE, JINYUAN, NEED, TITLE, DESCRIPTION, Category.NOISE, ZHOU, AT);
    private static final ProposalSubmitted SUBMITTED =
            new ProposalSubmitted(SQUARE_NOISE, JINYUAN, TITLE, DESCRIPTION, Category.NOISE, null, ZHOU, AT);

    @Test
    void anEscalatedNeedBecomesAProposalThatLinksBackToIt() {
        AggregateTestFixture<Proposal> fixture = ProposalFixtures.fixture();
        fixture.givenNoPriorActivity()
               .when(RAISE)
               .expectEvents(SUBMITTED, new ProposalRaisedFromNeed(SQUARE_NOISE, NEED));
    }

    @Test
    void raisingItAgainOnAReplayRecordsNothing() {
        ProposalFixtures.fixture()
                        .given(SUBMITTED, new ProposalRaisedFromNeed(SQUARE_NOISE, NEED))
                        .when(RAISE)
                        .expectNoEvents();
    }

    @Test
    void theEscalationPolicySendsTheProposalWithTheWordingTheEscalationCarried() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        List<Object> sent = new ArrayList<>();
        bus.subscribe(RaiseProposalFromNeed.class.getName(), command -> sent.add(command.getPayload()));
        NeedEscalation policy = new NeedEscalation(DefaultCommandGateway.builder().commandBus(bus).build());

        policy.on(new NeedEscalated(NEED, JINYUAN, SQUARE_NOISE, TITLE, DESCRIPTION, Category.NOISE, ZHOU, AT));

        assertThat(sent).containsExactly(RAISE);
    }
}
