package org.yishi.command.petition;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.petition.PetitionId;
import org.yishi.command.api.petition.PetitionSignatureWithdrawn;
import org.yishi.command.api.petition.PetitionSigned;
import org.yishi.command.api.petition.PetitionStarted;
import org.yishi.command.api.petition.SignPetition;
import org.yishi.command.api.petition.StartPetition;
import org.yishi.command.api.petition.WithdrawSignature;
import org.yishi.command.proposal.KnownMembers;

import java.time.Instant;

class PetitionTest {

    private static final CommunityId JINYUAN = new CommunityId("jinyuan");
    private static final CommunityId HUAYUAN = new CommunityId("huayuan");
    private static final PersonId ZHANG = new PersonId("zhang");
    private static final PersonId LI = new PersonId("li");
    private static final PersonId ZHOU = new PersonId("zhou");
    private static final PersonId ZHAO = new PersonId("zhao");
    private static final PetitionId MEETING = new PetitionId("square-meeting");
    private static final String PURPOSE = "讨论锦苑广场的使用时间和噪音管理，制定广场公约";
    private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-03T11:00:00Z");
    private static final String ALREADY_SIGNED =
            "您已在该联名上签名，每人只能签一次 / You have already signed this petition; each person signs once";

    private AggregateTestFixture<Petition> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Petition.class);
        fixture.registerInjectableResource(new KnownMembers().with(JINYUAN, ZHANG, Role.RESIDENT)
                                                             .with(JINYUAN, LI, Role.RESIDENT)
                                                             .with(JINYUAN, ZHOU, Role.COMMITTEE_MEMBER)
                                                             .with(HUAYUAN, ZHAO, Role.RESIDENT));
    }

    private static PetitionStarted started() {
        return new PetitionStarted(MEETING, JINYUAN, PURPOSE, ZHANG, AT);
    }

    @Test
    void aVerifiedResidentStartsAPetitionAndIsItsFirstSigner() {
        fixture.givenNoPriorActivity()
               .when(new StartPetition(MEETING, JINYUAN, " " + PURPOSE + " ", ZHANG, AT))
               .expectEvents(started(), new PetitionSigned(MEETING, ZHANG, AT));
    }

    @Test
    void aPetitionSaysWhatTheMeetingIsFor() {
        fixture.givenNoPriorActivity()
               .when(new StartPetition(MEETING, JINYUAN, "开会", ZHANG, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("请说明召开居民会议的事由，10至500个字 / "
                                       + "Say what the meeting is for, in 10 to 500 characters");
    }

    @Test
    void aPurposeLongerThanFiveHundredCharactersIsRejected() {
        fixture.givenNoPriorActivity()
               .when(new StartPetition(MEETING, JINYUAN, "议".repeat(501), ZHANG, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("请说明召开居民会议的事由，10至500个字 / "
                                       + "Say what the meeting is for, in 10 to 500 characters");
    }

    @Test
    void onlyAVerifiedResidentCanStartAPetition() {
        fixture.givenNoPriorActivity()
               .when(new StartPetition(MEETING, JINYUAN, PURPOSE, ZHOU, AT))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aResidentSignsAPetition() {
        fixture.given(started(), new PetitionSigned(MEETING, ZHANG, AT))
               .when(new SignPetition(MEETING, LI, LATER))
               .expectEvents(new PetitionSigned(MEETING, LI, LATER));
    }

    @Test
    void aResidentCannotSignTheSamePetitionTwice() {
        fixture.given(started(), new PetitionSigned(MEETING, ZHANG, AT))
               .when(new SignPetition(MEETING, ZHANG, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage(ALREADY_SIGNED);
    }

    @Test
    void aResidentOfAnotherCommunityCannotSign() {
        fixture.given(started(), new PetitionSigned(MEETING, ZHANG, AT))
               .when(new SignPetition(MEETING, ZHAO, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aCommitteeMemberWhoIsNotAResidentCannotSign() {
        fixture.given(started(), new PetitionSigned(MEETING, ZHANG, AT))
               .when(new SignPetition(MEETING, ZHOU, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aSignerWithdrawsTheirSignature() {
        fixture.given(started(), new PetitionSigned(MEETING, ZHANG, AT), new PetitionSigned(MEETING, LI, AT))
               .when(new WithdrawSignature(MEETING, LI, LATER))
               .expectEvents(new PetitionSignatureWithdrawn(MEETING, LI, LATER));
    }

    @Test
    void someoneWhoHasNotSignedHasNoSignatureToWithdraw() {
        fixture.given(started(), new PetitionSigned(MEETING, ZHANG, AT))
               .when(new WithdrawSignature(MEETING, LI, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("您没有在该联名上签名，无需撤回 / You have not signed this petition");
    }

    @Test
    void aResidentWhoWithdrewTheirSignatureCanSignAgain() {
        fixture.given(started(), new PetitionSigned(MEETING, ZHANG, AT),
                      new PetitionSignatureWithdrawn(MEETING, ZHANG, AT))
               .when(new SignPetition(MEETING, ZHANG, LATER))
               .expectEvents(new PetitionSigned(MEETING, ZHANG, LATER));
    }

    @Test
    void someoneWithoutTheResidentRoleCannotWithdrawASignature() {
        fixture.given(started(), new PetitionSigned(MEETING, ZHANG, AT))
               .when(new WithdrawSignature(MEETING, ZHOU, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
