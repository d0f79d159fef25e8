package org.yishi.web.decision;

import org.yishi.command.api.community.Role;
import org.yishi.command.api.decision.DecisionStatus;
import org.yishi.command.api.decision.Visibility;

import java.util.Optional;
import java.util.Set;

/**
 * Who may read a decision: one published to everyone, anyone, signed in or not; one published to the community, its
 * members; one still in draft or review (its wording and review rounds), only the committee and the party secretary,
 * who work on it.
 */
final class ReadingRule {

    private static final Set<Role> WORKING_ON_IT = Set.of(Role.COMMITTEE_MEMBER, Role.PARTY_SECRETARY);

    private ReadingRule() {
    }

    /** {@code roles}: the reader's roles in the decision's community, empty when they are not a member. */
    static boolean mayRead(DecisionStatus status, Visibility visibility, Optional<Set<Role>> roles) {
        if (status == DecisionStatus.PUBLISHED) {
            return visibility == Visibility.PUBLIC || roles.isPresent();
        }
        return roles.map(held -> held.stream().anyMatch(WORKING_ON_IT::contains)).orElse(false);
    }

    /** The review queue is the party secretary's and the committee's. */
    static boolean mayReadQueues(Optional<Set<Role>> roles) {
        return roles.map(held -> held.stream().anyMatch(WORKING_ON_IT::contains)).orElse(false);
    }
}
