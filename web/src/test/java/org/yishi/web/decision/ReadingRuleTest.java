package org.yishi.web.decision;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.decision.DecisionStatus;
import org.yishi.command.api.decision.Visibility;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingRuleTest {

    private static final Optional<Set<Role>> STRANGER = Optional.empty();
    private static final Optional<Set<Role>> RESIDENT = Optional.of(Set.of(Role.RESIDENT));
    private static final Optional<Set<Role>> COMMITTEE = Optional.of(Set.of(Role.RESIDENT, Role.COMMITTEE_MEMBER));
    private static final Optional<Set<Role>> SECRETARY = Optional.of(Set.of(Role.PARTY_SECRETARY));

    @Test
    void aDecisionPublishedToEveryoneIsReadByAStranger() {
        assertThat(ReadingRule.mayRead(DecisionStatus.PUBLISHED, Visibility.PUBLIC, STRANGER)).isTrue();
    }

    @Test
    void aDecisionPublishedToTheCommunityIsReadByItsMembersOnly() {
        assertThat(ReadingRule.mayRead(DecisionStatus.PUBLISHED, Visibility.COMMUNITY, RESIDENT)).isTrue();
        assertThat(ReadingRule.mayRead(DecisionStatus.PUBLISHED, Visibility.COMMUNITY, STRANGER)).isFalse();
    }

    @Test
    void aDecisionNotYetPublishedIsReadByTheCommitteeAndTheSecretaryOnly() {
        for (DecisionStatus status : new DecisionStatus[]{DecisionStatus.DRAFT, DecisionStatus.UNDER_REVIEW,
                                                          DecisionStatus.RETURNED, DecisionStatus.APPROVED}) {
            assertThat(ReadingRule.mayRead(status, null, COMMITTEE)).as(status.name()).isTrue();
            assertThat(ReadingRule.mayRead(status, null, SECRETARY)).as(status.name()).isTrue();
            assertThat(ReadingRule.mayRead(status, null, RESIDENT)).as(status.name()).isFalse();
            assertThat(ReadingRule.mayRead(status, null, STRANGER)).as(status.name()).isFalse();
        }
    }

    @Test
    void theReviewQueuesAreForTheSecretaryAndTheCommittee() {
        assertThat(ReadingRule.mayReadQueues(SECRETARY)).isTrue();
        assertThat(ReadingRule.mayReadQueues(COMMITTEE)).isTrue();
        assertThat(ReadingRule.mayReadQueues(RESIDENT)).isFalse();
        assertThat(ReadingRule.mayReadQueues(STRANGER)).isFalse();
    }
}
