package org.yishi.query.api.decisions;

import org.yishi.query.api.motions.Wording;
import org.yishi.query.api.proposals.Person;

import java.time.Instant;

/**
 * One step of how an agreement came to be, from one stored event: its global {@code position}, when it happened,
 * the event's type name ({@code ProposalCoSigned}), who did it, what they did (worded by Yishi in both languages,
 * with the counts and rules it records) and {@code detail}, the text they wrote themselves (a title, a reason, review
 * comments), null when there is none. The ballots of a vote are one entry, from the first ballot's {@code position}
 * {@code through} the last one's ({@code through} is null for every other entry). {@code actor} is null where the
 * store records none (a deadline closed the vote) and where no screen names anyone: a voter, on a secret ballot or a
 * named one, and a resident who rated the follow-up.
 */
public record ProvenanceEntry(long position, Long through, Instant at, ProvenanceStage stage, String event,
                              Person actor, Wording what, String detail) {
}
