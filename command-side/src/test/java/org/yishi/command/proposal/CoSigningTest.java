package org.yishi.command.proposal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.proposal.CoSignProposal;
import org.yishi.command.api.proposal.CoSignersCarriedOver;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalWithdrawn;

import java.util.List;

import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.LATER;
import static org.yishi.command.proposal.ProposalFixtures.LI;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.WANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHAO;
import static org.yishi.command.proposal.ProposalFixtures.ZHOU;
import static org.yishi.command.proposal.ProposalFixtures.submitted;

class CoSigningTest {

    private static final String ALREADY_SIGNED =
            "您已为该议题联名，每人只能联名一次 / You have already co-signed this proposal; each person co-signs once";

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void fixture() {
        fixture = ProposalFixtures.fixture();
    }

    @Test
    void aNeighbourCoSignsAProposal() {
        fixture.given(submitted())
               .when(new CoSignProposal(SQUARE_NOISE, LI, LATER))
               .expectEvents(new ProposalCoSigned(SQUARE_NOISE, LI, LATER));
    }

    @Test
    void aResidentCannotCoSignTheSameProposalTwice() {
        fixture.given(submitted(), new ProposalCoSigned(SQUARE_NOISE, LI, AT))
               .when(new CoSignProposal(SQUARE_NOISE, LI, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage(ALREADY_SIGNED);
    }

    @Test
    void aSupporterCarriedOverFromAMergedDuplicateHasAlreadySigned() {
        fixture.given(submitted(),
                      new CoSignersCarriedOver(SQUARE_NOISE, new ProposalId("duplicate"), List.of(WANG), ZHOU, AT))
               .when(new CoSignProposal(SQUARE_NOISE, WANG, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage(ALREADY_SIGNED);
    }

    @Test
    void theProposerCannotCoSignTheirOwnProposal() {
        fixture.given(submitted())
               .when(new CoSignProposal(SQUARE_NOISE, ZHANG, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("提议人不能为自己的议题联名 / The proposer cannot co-sign their own proposal");
    }

    @Test
    void aResidentOfAnotherCommunityCannotCoSign() {
        fixture.given(submitted())
               .when(new CoSignProposal(SQUARE_NOISE, ZHAO, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aCommitteeMemberWhoIsNotAResidentCannotCoSign() {
        fixture.given(submitted())
               .when(new CoSignProposal(SQUARE_NOISE, ZHOU, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void anAcceptedProposalCannotBeCoSigned() {
        fixture.given(submitted(), new ProposalAccepted(SQUARE_NOISE, Destination.FOR_VOTE, null, null, ZHOU, AT))
               .when(new CoSignProposal(SQUARE_NOISE, LI, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("该议题已受理，不能再联名 / The proposal was accepted and can no longer be co-signed");
    }

    @Test
    void aWithdrawnProposalCannotBeCoSigned() {
        fixture.given(submitted(), new ProposalWithdrawn(SQUARE_NOISE, null, ZHANG, AT))
               .when(new CoSignProposal(SQUARE_NOISE, LI, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("该议题已撤回，不能再联名 / The proposal was withdrawn and can no longer be co-signed");
    }
}
