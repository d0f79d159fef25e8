package org.yishi.command.proposal;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;

import java.util.List;
import java.util.Set;

/**
 * One signature per person: the proposer's own name is already on the proposal, and a co-signer signs once, whether
 * they signed here or on a duplicate that was merged into it.
 */
record CoSigningRules(PersonId proposer, Set<PersonId> coSigners) {

    void check(PersonId candidate) {
        if (candidate.equals(proposer)) {
            throw new Rejection("提议人不能为自己的议题联名", "The proposer cannot co-sign their own proposal");
        }
        if (coSigners.contains(candidate)) {
            throw new Rejection("您已为该议题联名，每人只能联名一次",
                                "You have already co-signed this proposal; each person co-signs once");
        }
    }

    /** The supporters of a merged duplicate whose names are not on this proposal yet, in their order. */
    List<PersonId> newcomers(List<PersonId> supporters) {
        return supporters.stream()
                         .distinct()
                         .filter(person -> !person.equals(proposer) && !coSigners.contains(person))
                         .toList();
    }
}
