package org.yishi.command.proposal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.proposal.AcceptProposal;
import org.yishi.command.api.proposal.CoSignersCarriedOver;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.MergeProposal;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.proposal.ProposalMerged;

import java.util.List;

import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.EVENING_MUSIC;
import static org.yishi.command.proposal.ProposalFixtures.HUAYUAN_PARKING;
import static org.yishi.command.proposal.ProposalFixtures.LATER;
import static org.yishi.command.proposal.ProposalFixtures.LI;
import static org.yishi.command.proposal.ProposalFixtures.SETTLED;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.WANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHAO;
import static org.yishi.command.proposal.ProposalFixtures.ZHOU;
import static org.yishi.command.proposal.ProposalFixtures.submitted;

/**
 * Both halves of a merge: the duplicate records it, then the proposal it went into takes over its supporters. The
 * fixture holds one aggregate, so each half is tested on its own; {@code ProposalMergeFlowTest} runs them together.
 */
class MergingTest {

    private static final ProposalId DUPLICATE = new ProposalId("duplicate");

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void fixture() {
        fixture = ProposalFixtures.fixture();
    }

    @Test
    void aCommitteeMemberMergesADuplicateAndItsProposerAndCoSignersGoWithIt() {
        fixture.given(submitted(), new ProposalCoSigned(SQUARE_NOISE, WANG, AT),
                      new ProposalCoSigned(SQUARE_NOISE, LI, AT))
               .when(new MergeProposal(SQUARE_NOISE, EVENING_MUSIC, ZHOU, LATER))
               .expectEvents(new ProposalMerged(SQUARE_NOISE, EVENING_MUSIC, List.of(ZHANG, WANG, LI), ZHOU, LATER));
    }

    @Test
    void aProposalCannotBeMergedIntoItself() {
        fixture.given(submitted())
               .when(new MergeProposal(SQUARE_NOISE, SQUARE_NOISE, ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("议题不能合并到自身 / A proposal cannot be merged into itself");
    }

    @Test
    void aMergeNamesTheProposalItGoesInto() {
        fixture.given(submitted())
               .when(new MergeProposal(SQUARE_NOISE, null, ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("请指定要合并到的议题 / Name the proposal to merge into");
    }

    @Test
    void aProposalCannotBeMergedIntoOneThatDoesNotExist() {
        fixture.given(submitted())
               .when(new MergeProposal(SQUARE_NOISE, new ProposalId("nowhere"), ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("要合并到的议题不存在 / The proposal to merge into does not exist");
    }

    @Test
    void aProposalCannotBeMergedIntoOneOfAnotherCommunity() {
        fixture.given(submitted())
               .when(new MergeProposal(SQUARE_NOISE, HUAYUAN_PARKING, ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("只能合并到本社区的议题 / A proposal can only be merged into one of its own community");
    }

    @Test
    void aProposalCannotBeMergedIntoOneAlreadyScreened() {
        fixture.given(submitted())
               .when(new MergeProposal(SQUARE_NOISE, SETTLED, ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("要合并到的议题已筛选或已撤回，不能再合并进去 / "
                                       + "The proposal to merge into was already screened or withdrawn");
    }

    @Test
    void aMergedProposalIsSettled() {
        fixture.given(submitted(), new ProposalMerged(SQUARE_NOISE, EVENING_MUSIC, List.of(ZHANG), ZHOU, AT))
               .when(new AcceptProposal(SQUARE_NOISE, Destination.FOR_VOTE, null, null, ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("该议题已合并，不能再筛选 / The proposal was merged and can no longer be screened");
    }

    @Test
    void aResidentCannotMergeProposals() {
        fixture.given(submitted())
               .when(new MergeProposal(SQUARE_NOISE, EVENING_MUSIC, LI, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void theProposalMergedIntoRecordsTheSupportersItDidNotHaveYet() {
        fixture.given(submitted(), new ProposalCoSigned(SQUARE_NOISE, LI, AT))
               .when(new AbsorbCoSigners(SQUARE_NOISE, DUPLICATE, List.of(WANG, ZHANG, LI, ZHAO, WANG), ZHOU, LATER))
               .expectEvents(new CoSignersCarriedOver(SQUARE_NOISE, DUPLICATE, List.of(WANG, ZHAO), ZHOU, LATER));
    }

    @Test
    void aMergeIsRecordedEvenWhenAllItsSupportersHadSignedAlready() {
        fixture.given(submitted(), new ProposalCoSigned(SQUARE_NOISE, LI, AT))
               .when(new AbsorbCoSigners(SQUARE_NOISE, DUPLICATE, List.of(LI, ZHANG), ZHOU, LATER))
               .expectEvents(new CoSignersCarriedOver(SQUARE_NOISE, DUPLICATE, List.of(), ZHOU, LATER));
    }

    @Test
    void theSameMergeIsCarriedOverOnlyOnce() {
        fixture.given(submitted(), new CoSignersCarriedOver(SQUARE_NOISE, DUPLICATE, List.of(WANG), ZHOU, AT))
               .when(new AbsorbCoSigners(SQUARE_NOISE, DUPLICATE, List.of(WANG), ZHOU, AT))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aProposalScreenedWhileTheMergeWasUnderwayStillTakesTheSupporters() {
        fixture.given(submitted(), new ProposalAccepted(SQUARE_NOISE, Destination.FOR_VOTE, null, null, ZHOU, AT))
               .when(new AbsorbCoSigners(SQUARE_NOISE, DUPLICATE, List.of(WANG), ZHOU, AT))
               .expectEvents(new CoSignersCarriedOver(SQUARE_NOISE, DUPLICATE, List.of(WANG), ZHOU, AT));
    }
}
