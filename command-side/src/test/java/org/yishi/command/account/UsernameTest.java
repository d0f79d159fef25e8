package org.yishi.command.account;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.account.ClaimUsername;
import org.yishi.command.api.account.UsernameClaimed;
import org.yishi.command.api.community.PersonId;

class UsernameTest {

    private static final PersonId LI_HUA = new PersonId("li-hua");
    private static final PersonId ZHAO_LEI = new PersonId("zhao-lei");
    private AggregateTestFixture<Username> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Username.class);
    }

    @Test
    void aPersonClaimsAFreeUsernameInItsNormalForm() {
        fixture.givenNoPriorActivity()
               .when(new ClaimUsername(" Li.Hua ", LI_HUA, LI_HUA))
               .expectEvents(new UsernameClaimed("li.hua", LI_HUA));
    }

    @Test
    void aPhoneNumberIsAUsername() {
        fixture.givenNoPriorActivity()
               .when(new ClaimUsername("13800138000", LI_HUA, LI_HUA))
               .expectEvents(new UsernameClaimed("13800138000", LI_HUA));
    }

    @Test
    void aTakenUsernameIsTakenWhateverCaseItIsTypedIn() {
        fixture.given(new UsernameClaimed("li.hua", LI_HUA))
               .when(new ClaimUsername("LI.HUA", ZHAO_LEI, ZHAO_LEI))
               .expectExceptionMessage("该用户名已被使用 / This username is taken")
               .expectNoEvents();
    }

    @Test
    void aPersonCannotClaimTheirOwnUsernameTwice() {
        fixture.given(new UsernameClaimed("li.hua", LI_HUA))
               .when(new ClaimUsername("li.hua", LI_HUA, LI_HUA))
               .expectExceptionMessage("该用户名已被使用 / This username is taken")
               .expectNoEvents();
    }

    @Test
    void nobodyClaimsAUsernameForSomeoneElse() {
        fixture.givenNoPriorActivity()
               .when(new ClaimUsername("li.hua", LI_HUA, ZHAO_LEI))
               .expectException(Unauthorized.class)
               .expectExceptionMessage("只能为自己申请用户名 / You can claim a username only for yourself")
               .expectNoEvents();
    }

    @Test
    void nobodyClaimsAUsernameAnonymously() {
        fixture.givenNoPriorActivity()
               .when(new ClaimUsername("li.hua", LI_HUA, null))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
