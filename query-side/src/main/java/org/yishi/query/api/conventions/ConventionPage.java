package org.yishi.query.api.conventions;

import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.convention.AmendmentKind;
import org.yishi.command.api.convention.ConventionStatus;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.query.api.decisions.ReviewVerdict;
import org.yishi.query.api.proposals.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A convention (居民公约) as its pages show it: the working text (the draft of {@code draftVersion} while one is open,
 * otherwise the version in force) with each clause's comments and amendments, the public notice and its objections,
 * the vote, every review round, the published versions with their filing, the patrol checks, and the edit log. Every
 * entry carries the global position of its event; {@code position} is the newest of the convention's events.
 * {@code inForce} is 0 while no version has been published; {@code draftVersion} is 0 when no draft is open.
 */
public record ConventionPage(String conventionId, String communityId, String title, String preamble,
                             ConventionStatus status, int inForce, int draftVersion,
                             Set<StakeholderGroup> stakeholderGroups, String originDecisionId, List<Clause> clauses,
                             List<Amendment> newClauseAmendments, Notice notice, List<Objection> objections,
                             List<VoteRound> votes, List<ReviewRound> reviews, List<Version> versions,
                             List<PatrolCheck> patrols, List<Edit> edits, Person draftedBy, Instant draftedAt,
                             long position) {

    /** One clause of the working text, numbered from 1 in order, with its comment threads and amendments. */
    public record Clause(String clauseId, int number, String chapter, String text, List<Comment> comments,
                         List<Amendment> amendments) {
    }

    /** A comment; {@code replyTo} is the comment it answers (null for a thread's first). */
    public record Comment(String commentId, String replyTo, String text, Person author, Instant at, long position) {
    }

    /**
     * An amendment and where it stands: {@code status} OPEN, NEEDS_REBASE, ACCEPTED, REJECTED or WITHDRAWN;
     * {@code baseText} the wording it was written against; {@code reason} the rejection's reason (else null).
     */
    public record Amendment(String amendmentId, AmendmentKind kind, String clauseId, String chapter, String text,
                            String rationale, String baseText, String status, List<Person> supporters,
                            String reason, Person proposer, Instant proposedAt, Instant decidedAt, long position) {
    }

    /** The public notice now or last held (null if none): version on notice, period, and whether it has ended. */
    public record Notice(int version, Instant startedAt, Instant endsAt, boolean ended, long position) {
    }

    /** An objection lodged during notice, on a clause ({@code clauseId} null: on the whole) and its answer. */
    public record Objection(String objectionId, String clauseId, String text, Person author, Instant at,
                            String answer, Person answeredBy, Instant answeredAt, long position) {
    }

    /**
     * One vote on the convention: its motion, what it decided, and how it ended ({@code outcome} null while open,
     * {@code notOpened} the reason it could not be opened, else null).
     */
    public record VoteRound(String motionId, VotePurpose purpose, int version, String sessionId, Instant closesAt,
                            ResultOutcome outcome, String notOpened, Instant at, long position) {
    }

    /** One review round by the party secretary ({@code verdict} and later fields null while it is open). */
    public record ReviewRound(int round, VotePurpose purpose, int version, String note, Person submittedBy,
                              Instant submittedAt, ReviewVerdict verdict, String comments, Person reviewer,
                              Instant decidedAt, long position) {
    }

    /**
     * A published version, with its filing (备案) once recorded and its repeal date if repealed; the text itself is
     * for {@link FindConventionText}.
     */
    public record Version(int version, LocalDate effectiveFrom, Visibility visibility, Instant publishedAt,
                          Person publishedBy, Filing filing, LocalDate repealedFrom, long position) {
    }

    /** The filing record of a version. */
    public record Filing(LocalDate filedOn, String office, String reference, Person filedBy, long position) {
    }

    /** A supervision committee's patrol check against a clause. */
    public record PatrolCheck(String checkId, String clauseId, int clauseNumber, LocalDate checkedOn,
                              String observation, String followUp, Person by, Instant at, long position) {
    }

    /**
     * One entry of the edit log: what changed ({@code what}, for example 条款修改 / clause edited), on which clause,
     * by whom, why, and the amendment it is credited to (null for a committee edit).
     */
    public record Edit(String whatChinese, String whatEnglish, String clauseId, String reason, String amendmentId,
                       Person by, Instant at, long position) {
    }
}
