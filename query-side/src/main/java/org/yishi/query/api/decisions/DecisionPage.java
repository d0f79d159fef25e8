package org.yishi.query.api.decisions;

import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionStatus;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.minutes.Minutes;
import org.yishi.query.api.motions.MotionTally;
import org.yishi.query.api.proposals.Person;
import org.yishi.query.api.proposals.ProposalDetail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision (决议) as its page shows it: its current wording and status, where it came from, every review round and
 * revision, its publication, its follow-up actions and the residents' ratings, and its whole provenance. {@code
 * visibility} is null until it is published; a page for the public may show it only when it is {@link
 * Visibility#PUBLIC} and {@link DecisionStatus#PUBLISHED}. Every entry carries the global position of its event;
 * {@code position} is the newest of the decision's own events.
 */
public record DecisionPage(String decisionId, String communityId, String title, String text, DecisionStatus status,
                           Visibility visibility, DecisionSource source, Links links, Person recordedBy,
                           Instant recordedAt, List<ReviewRound> rounds, List<Revision> revisions,
                           Publication publication, List<FollowUp> actions, Ratings ratings, Provenance provenance,
                           long position) {

    /** What the decision is linked to; each is null where it has none. */
    public record Links(String proposalId, String sessionId, String itemId, String motionId) {
    }

    /**
     * One review round: the wording as submitted, and the party secretary's verdict with her comments ({@code
     * verdict} and the fields after it null while the round is open).
     */
    public record ReviewRound(int round, String title, String text, String note, Person submittedBy,
                              Instant submittedAt, long submittedPosition, ReviewVerdict verdict, String comments,
                              Person reviewer, Instant decidedAt, Long decidedPosition) {
    }

    /** A new wording by the committee; {@code round} is the review round it answers (0 before the first review). */
    public record Revision(int round, String title, String text, String reason, Person by, Instant at,
                           long position) {
    }

    public record Publication(Visibility visibility, Person by, Instant at, long position) {
    }

    /**
     * A follow-up action (联合评单) with everything reported on it, oldest first. {@code overdue}: not completed and
     * due before the asked day.
     */
    public record FollowUp(String actionId, String description, String responsible, Person reporter, LocalDate due,
                           boolean overdue, List<Report> progress, Report completion, List<Check> checks,
                           Person addedBy, Instant addedAt, long position) {
    }

    /** A progress report or the report that the action is done. */
    public record Report(String text, Person by, Instant at, long position) {
    }

    /** A committee member's supervision check of an action. */
    public record Check(boolean satisfactory, String finding, Person by, Instant at, long position) {
    }

    /**
     * The residents' ratings of how it was carried out: one per person, the latest counting. {@code average} is null
     * when nobody rated; {@code mine} is the viewer's own (null if none); {@code comments} are the ratings with a
     * comment, newest first, without names.
     */
    public record Ratings(int count, Double average, Rating mine, List<Rating> comments) {
    }

    public record Rating(int stars, String comment, Instant at, long position) {
    }

    /**
     * Where the decision came from, composed from the screens that already hold it: the proposal's page (title,
     * proposer, co-signers, history), the session's minutes for the item (speakers in order, positions with counts
     * and reasons, outcome), and the motion's count and result (question, method, tally, computation, rule set
     * version). Each part is null where the decision has no such link or it is not projected yet. {@code timeline}
     * is the whole history, proposal to ratings, oldest first, folded from the stored events of the decision and of
     * its proposal, session item and motion when the page is asked for, so it is complete even where a screen lags.
     */
    public record Provenance(ProposalDetail proposal, SessionItem session, MotionTally motion,
                             List<ProvenanceEntry> timeline) {
    }

    /** The session (title, dates) and the agenda item the decision came from, from the session's minutes. */
    public record SessionItem(String sessionId, String title, String kind, Instant startsAt, Instant openedAt,
                              Instant closedAt, String ruleSetDescription, Minutes.MinutesItem item,
                              long position) {
    }
}
