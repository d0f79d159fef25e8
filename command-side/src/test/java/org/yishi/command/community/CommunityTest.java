package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.CommunityRegistered;
import org.yishi.command.api.community.RegisterCommunity;

class CommunityTest {

    private static final CommunityId JINYUAN = new CommunityId("jinyuan");
    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    @Test
    void anOperatorRegistersACommunity() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCommunity(JINYUAN, " 锦苑社区 ", "锦苑街道", "江岸区", "operator-1"))
               .expectEvents(new CommunityRegistered(JINYUAN, "锦苑社区", "锦苑街道", "江岸区", "operator-1"));
    }

    @Test
    void aCommunityWithoutANameIsRejectedInBothLanguages() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCommunity(JINYUAN, " ", "锦苑街道", "江岸区", "operator-1"))
               .expectException(Rejection.class)
               .expectExceptionMessage("社区名称不能为空 / A community name is required");
    }

    @Test
    void nobodyCanRegisterACommunityAnonymously() {
        fixture.givenNoPriorActivity()
               .when(new RegisterCommunity(JINYUAN, "锦苑社区", "锦苑街道", "江岸区", null))
               .expectException(Rejection.class)
               .expectNoEvents();
    }
}
