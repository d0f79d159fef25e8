package org.yishi.command.proposal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.proposal.AcceptProposal;
import org.yishi.command.api.proposal.DeclineProposal;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalWithdrawn;

import java.time.LocalDate;

import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.LATER;
import static org.yishi.command.proposal.ProposalFixtures.LI;
import static org.yishi.command.proposal.ProposalFixtures.QIAN;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.ZHANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHOU;
import static org.yishi.command.proposal.ProposalFixtures.submitted;

/** The committee accepts a proposal or declines it with a reason (merging has its own test). */
class ScreeningTest {

    private static final LocalDate DELIBERATION_DAY = LocalDate.of(2026, 3, 15);
    private static final String REASON = "该事项属于物业合同范围，请先向物业反映";

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void fixture() {
        fixture = ProposalFixtures.fixture();
    }

    @Test
    void aCommitteeMemberAcceptsAProposalForADeliberationDay() {
        fixture.given(submitted())
               .when(new AcceptProposal(SQUARE_NOISE, Destination.DELIBERATION_DAY, DELIBERATION_DAY, " 列入三月议事日 ",
                                        ZHOU, LATER))
               .expectEvents(new ProposalAccepted(SQUARE_NOISE, Destination.DELIBERATION_DAY, DELIBERATION_DAY,
                                                  "列入三月议事日", ZHOU, LATER));
    }

    @Test
    void aCommitteeMemberAcceptsAProposalToBePutToAVote() {
        fixture.given(submitted())
               .when(new AcceptProposal(SQUARE_NOISE, Destination.FOR_VOTE, null, " ", ZHOU, LATER))
               .expectEvents(new ProposalAccepted(SQUARE_NOISE, Destination.FOR_VOTE, null, null, ZHOU, LATER));
    }

    @Test
    void onlyADeliberationDayHasAPlannedDate() {
        fixture.given(submitted())
               .when(new AcceptProposal(SQUARE_NOISE, Destination.FOR_VOTE, DELIBERATION_DAY, null, ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("只有列入党群议事日的议题才有计划日期 / "
                                       + "Only a proposal going to a deliberation day has a planned date");
    }

    @Test
    void acceptingSaysWhereTheProposalGoes() {
        fixture.given(submitted())
               .when(new AcceptProposal(SQUARE_NOISE, null, null, null, ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("请选择受理后的去向：党群议事日或提交表决 / "
                                       + "Choose where the proposal goes: a deliberation day or a vote");
    }

    @Test
    void anAcceptanceNoteHasAtMostFiveHundredCharacters() {
        fixture.given(submitted())
               .when(new AcceptProposal(SQUARE_NOISE, Destination.FOR_VOTE, null, "注".repeat(501), ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("受理说明不能超过500个字 / A note has at most 500 characters");
    }

    @Test
    void aResidentCannotAcceptAProposal() {
        fixture.given(submitted())
               .when(new AcceptProposal(SQUARE_NOISE, Destination.FOR_VOTE, null, null, LI, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aCommitteeMemberOfAnotherCommunityCannotAcceptAProposalHere() {
        fixture.given(submitted())
               .when(new AcceptProposal(SQUARE_NOISE, Destination.FOR_VOTE, null, null, QIAN, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aProposalIsScreenedOnlyOnce() {
        fixture.given(submitted(), new ProposalAccepted(SQUARE_NOISE, Destination.FOR_VOTE, null, null, ZHOU, AT))
               .when(new DeclineProposal(SQUARE_NOISE, REASON, ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("该议题已受理，不能再筛选 / The proposal was accepted and can no longer be screened");
    }

    @Test
    void aCommitteeMemberDeclinesAProposalWithAReasonTheProposerCanRead() {
        fixture.given(submitted())
               .when(new DeclineProposal(SQUARE_NOISE, " " + REASON + " ", ZHOU, LATER))
               .expectEvents(new ProposalDeclined(SQUARE_NOISE, REASON, ZHOU, LATER));
    }

    @Test
    void decliningNeedsAReasonOfAtLeastFiveCharacters() {
        fixture.given(submitted())
               .when(new DeclineProposal(SQUARE_NOISE, "不合适", ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("不予采纳须写明理由，5至500个字 / "
                                       + "Declining needs a reason of 5 to 500 characters");
    }

    @Test
    void aReasonForDecliningHasAtMostFiveHundredCharacters() {
        fixture.given(submitted())
               .when(new DeclineProposal(SQUARE_NOISE, "因".repeat(501), ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("不予采纳须写明理由，5至500个字 / "
                                       + "Declining needs a reason of 5 to 500 characters");
    }

    @Test
    void aResidentCannotDeclineAProposal() {
        fixture.given(submitted())
               .when(new DeclineProposal(SQUARE_NOISE, REASON, ZHANG, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aWithdrawnProposalCannotBeDeclined() {
        fixture.given(submitted(), new ProposalWithdrawn(SQUARE_NOISE, null, ZHANG, AT))
               .when(new DeclineProposal(SQUARE_NOISE, REASON, ZHOU, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("该议题已撤回，不能再筛选 / The proposal was withdrawn and can no longer be screened");
    }
}
