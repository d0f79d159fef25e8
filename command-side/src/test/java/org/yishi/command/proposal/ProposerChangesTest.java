package org.yishi.command.proposal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.EditProposal;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalEdited;
import org.yishi.command.api.proposal.ProposalWithdrawn;
import org.yishi.command.api.proposal.WithdrawProposal;

import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.LATER;
import static org.yishi.command.proposal.ProposalFixtures.LI;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.ZHANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHOU;
import static org.yishi.command.proposal.ProposalFixtures.submitted;

/** What the proposer may still do with their proposal before the committee screens it. */
class ProposerChangesTest {

    private static final String NEW_TITLE = "广场舞音响音量过大";
    private static final String NEW_DESCRIPTION = "晚上九点以后广场舞音响仍然很响，请协调控制音量和时间。";

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void fixture() {
        fixture = ProposalFixtures.fixture();
    }

    @Test
    void theProposerEditsTheProposalAndTheNewTextIsKeptAsAnEvent() {
        fixture.given(submitted())
               .when(new EditProposal(SQUARE_NOISE, NEW_TITLE, NEW_DESCRIPTION, Category.NOISE, null, ZHANG, LATER))
               .expectEvents(new ProposalEdited(SQUARE_NOISE, NEW_TITLE, NEW_DESCRIPTION, Category.NOISE, null, ZHANG,
                                                LATER));
    }

    @Test
    void anEditIsHeldToTheSameRulesAsASubmission() {
        fixture.given(submitted())
               .when(new EditProposal(SQUARE_NOISE, NEW_TITLE, "太吵", Category.NOISE, null, ZHANG, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("议题说明须为10至2000个字 / A description has 10 to 2000 characters");
    }

    @Test
    void onlyTheProposerCanEditTheProposal() {
        fixture.given(submitted())
               .when(new EditProposal(SQUARE_NOISE, NEW_TITLE, NEW_DESCRIPTION, Category.NOISE, null, LI, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("只有提议人可以修改议题 / Only the proposer can edit the proposal");
    }

    @Test
    void aProposalCannotBeEditedOnceAccepted() {
        fixture.given(submitted(), new ProposalAccepted(SQUARE_NOISE, Destination.FOR_VOTE, null, null, ZHOU, AT))
               .when(new EditProposal(SQUARE_NOISE, NEW_TITLE, NEW_DESCRIPTION, Category.NOISE, null, ZHANG, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("该议题已受理，不能再修改 / The proposal was accepted and can no longer be edited");
    }

    @Test
    void someoneWithoutTheResidentRoleCannotEditAProposal() {
        fixture.given(submitted())
               .when(new EditProposal(SQUARE_NOISE, NEW_TITLE, NEW_DESCRIPTION, Category.NOISE, null, ZHOU, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void theProposerWithdrawsTheProposalGivingAReason() {
        fixture.given(submitted())
               .when(new WithdrawProposal(SQUARE_NOISE, " 物业已经处理了 ", ZHANG, LATER))
               .expectEvents(new ProposalWithdrawn(SQUARE_NOISE, "物业已经处理了", ZHANG, LATER));
    }

    @Test
    void aWithdrawalNeedNotGiveAReason() {
        fixture.given(submitted())
               .when(new WithdrawProposal(SQUARE_NOISE, null, ZHANG, LATER))
               .expectEvents(new ProposalWithdrawn(SQUARE_NOISE, null, ZHANG, LATER));
    }

    @Test
    void aReasonForWithdrawingHasAtMostFiveHundredCharacters() {
        fixture.given(submitted())
               .when(new WithdrawProposal(SQUARE_NOISE, "因".repeat(501), ZHANG, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("撤回理由不能超过500个字 / A reason for withdrawing has at most 500 characters");
    }

    @Test
    void onlyTheProposerCanWithdrawTheProposal() {
        fixture.given(submitted())
               .when(new WithdrawProposal(SQUARE_NOISE, null, LI, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("只有提议人可以撤回议题 / Only the proposer can withdraw the proposal");
    }

    @Test
    void aDeclinedProposalCannotBeWithdrawn() {
        fixture.given(submitted(), new ProposalDeclined(SQUARE_NOISE, "不属于社区事务", ZHOU, AT))
               .when(new WithdrawProposal(SQUARE_NOISE, null, ZHANG, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("该议题未被采纳，不能再撤回 / The proposal was declined and can no longer be withdrawn");
    }

    @Test
    void aProposalIsWithdrawnOnlyOnce() {
        fixture.given(submitted(), new ProposalWithdrawn(SQUARE_NOISE, null, ZHANG, AT))
               .when(new WithdrawProposal(SQUARE_NOISE, null, ZHANG, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("该议题已撤回，不能再撤回 / The proposal was withdrawn and can no longer be withdrawn");
    }

    @Test
    void someoneWithoutTheResidentRoleCannotWithdrawAProposal() {
        fixture.given(submitted())
               .when(new WithdrawProposal(SQUARE_NOISE, null, ZHOU, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
