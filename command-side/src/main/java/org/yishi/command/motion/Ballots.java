package org.yishi.command.motion;

import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.SealedBallot;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ballots of one motion as they stand: each voter's latest ballot (its content when named, its sealed envelope
 * when secret), who holds each unit's vote, and each voter's last request, so that a retry is recognised.
 */
final class Ballots {

    private final Map<PersonId, BallotContent> named = new HashMap<>();
    private final Map<PersonId, SealedBallot> sealed = new HashMap<>();
    private final Map<String, PersonId> holders = new HashMap<>();
    private final Map<PersonId, String> requests = new HashMap<>();

    boolean isRetry(PersonId voter, String requestId) {
        return requestId != null && requestId.equals(requests.get(voter));
    }

    boolean hasVoted(PersonId voter) {
        return named.containsKey(voter) || sealed.containsKey(voter);
    }

    /** Who cast the vote of {@code unit}; null while nobody has. */
    PersonId holder(String unit) {
        return holders.get(unit);
    }

    Optional<BallotContent> named(PersonId voter) {
        return Optional.ofNullable(named.get(voter));
    }

    Optional<SealedBallot> envelope(PersonId voter) {
        return Optional.ofNullable(sealed.get(voter));
    }

    List<BallotContent> namedBallots() {
        return List.copyOf(named.values());
    }

    Collection<SealedBallot> envelopes() {
        return List.copyOf(sealed.values());
    }

    void cast(PersonId voter, String unit, BallotContent content, String requestId) {
        named.put(voter, content);
        took(voter, unit, requestId);
    }

    void record(PersonId voter, String unit, SealedBallot envelope, String requestId) {
        sealed.put(voter, envelope);
        took(voter, unit, requestId);
    }

    private void took(PersonId voter, String unit, String requestId) {
        holders.putIfAbsent(unit, voter);
        requests.put(voter, requestId);
    }
}
