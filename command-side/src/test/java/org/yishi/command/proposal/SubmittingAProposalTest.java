package org.yishi.command.proposal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.api.proposal.SubmitProposal;

import static org.yishi.command.proposal.ProposalFixtures.AT;
import static org.yishi.command.proposal.ProposalFixtures.DESCRIPTION;
import static org.yishi.command.proposal.ProposalFixtures.JINYUAN;
import static org.yishi.command.proposal.ProposalFixtures.LOCATION;
import static org.yishi.command.proposal.ProposalFixtures.SQUARE_NOISE;
import static org.yishi.command.proposal.ProposalFixtures.TITLE;
import static org.yishi.command.proposal.ProposalFixtures.ZHANG;
import static org.yishi.command.proposal.ProposalFixtures.ZHAO;
import static org.yishi.command.proposal.ProposalFixtures.ZHOU;
import static org.yishi.command.proposal.ProposalFixtures.submitted;

class SubmittingAProposalTest {

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void fixture() {
        fixture = ProposalFixtures.fixture();
    }

    private static SubmitProposal submit(String title, String description, Category category, String location) {
        return new SubmitProposal(SQUARE_NOISE, JINYUAN, title, description, category, location, ZHANG, AT);
    }

    @Test
    void aVerifiedResidentSubmitsAProposalWithItsTextTrimmed() {
        fixture.givenNoPriorActivity()
               .when(submit(" " + TITLE + " ", DESCRIPTION + "\n", Category.NOISE, " " + LOCATION))
               .expectEvents(submitted());
    }

    @Test
    void aProposalNeedNotNameAPlace() {
        fixture.givenNoPriorActivity()
               .when(submit(TITLE, DESCRIPTION, Category.NOISE, "  "))
               .expectEvents(new ProposalSubmitted(SQUARE_NOISE, JINYUAN, TITLE, DESCRIPTION, Category.NOISE, null,
                                                   ZHANG, AT));
    }

    @Test
    void aTitleOfFourChineseCharactersIsLongEnough() {
        fixture.givenNoPriorActivity()
               .when(submit("停车难题", DESCRIPTION, Category.PARKING, null))
               .expectEvents(new ProposalSubmitted(SQUARE_NOISE, JINYUAN, "停车难题", DESCRIPTION, Category.PARKING,
                                                   null, ZHANG, AT));
    }

    @Test
    void aTitleOfThreeCharactersIsTooShort() {
        fixture.givenNoPriorActivity()
               .when(submit("停车难", DESCRIPTION, Category.PARKING, null))
               .expectException(Rejection.class)
               .expectExceptionMessage("议题标题须为4至60个字 / A title has 4 to 60 characters");
    }

    @Test
    void aTitleLongerThanSixtyCharactersIsRejected() {
        fixture.givenNoPriorActivity()
               .when(submit("噪".repeat(61), DESCRIPTION, Category.NOISE, null))
               .expectException(Rejection.class)
               .expectExceptionMessage("议题标题须为4至60个字 / A title has 4 to 60 characters");
    }

    @Test
    void aDescriptionShorterThanTenCharactersIsRejected() {
        fixture.givenNoPriorActivity()
               .when(submit(TITLE, "晚上太吵了", Category.NOISE, null))
               .expectException(Rejection.class)
               .expectExceptionMessage("议题说明须为10至2000个字 / A description has 10 to 2000 characters");
    }

    @Test
    void aDescriptionLongerThanTwoThousandCharactersIsRejected() {
        fixture.givenNoPriorActivity()
               .when(submit(TITLE, "吵".repeat(2001), Category.NOISE, null))
               .expectException(Rejection.class)
               .expectExceptionMessage("议题说明须为10至2000个字 / A description has 10 to 2000 characters");
    }

    @Test
    void aProposalNeedsACategory() {
        fixture.givenNoPriorActivity()
               .when(submit(TITLE, DESCRIPTION, null, null))
               .expectException(Rejection.class)
               .expectExceptionMessage("请选择议题类别 / A category is required");
    }

    @Test
    void aPlaceLongerThanAHundredCharactersIsRejected() {
        fixture.givenNoPriorActivity()
               .when(submit(TITLE, DESCRIPTION, Category.NOISE, "广".repeat(101)))
               .expectException(Rejection.class)
               .expectExceptionMessage("地点不能超过100个字 / A location has at most 100 characters");
    }

    @Test
    void aCommitteeMemberWhoIsNotAResidentCannotSubmitAProposal() {
        fixture.givenNoPriorActivity()
               .when(new SubmitProposal(SQUARE_NOISE, JINYUAN, TITLE, DESCRIPTION, Category.NOISE, null, ZHOU, AT))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aResidentOfAnotherCommunityCannotSubmitAProposalHere() {
        fixture.givenNoPriorActivity()
               .when(new SubmitProposal(SQUARE_NOISE, JINYUAN, TITLE, DESCRIPTION, Category.NOISE, null, ZHAO, AT))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
