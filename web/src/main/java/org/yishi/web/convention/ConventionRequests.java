package org.yishi.web.convention;

import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.convention.AmendmentKind;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.motion.Secrecy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Request and answer bodies of the convention API; the command side checks their content and says what is wrong. */
final class ConventionRequests {

    private ConventionRequests() {
    }

    /** {@code originDecisionId}: the decision that called for the convention, optional. */
    record NewConvention(String communityId, String title, String preamble, Set<StakeholderGroup> stakeholderGroups,
                         String originDecisionId) {
    }

    record Heading(String title, String preamble, String reason) {
    }

    /** {@code after}: the clause the new one follows (null: at the end). */
    record NewClause(String chapter, String text, String after, String reason) {
    }

    record ClauseWording(String chapter, String text, String reason) {
    }

    record Reason(String reason) {
    }

    record Order(List<String> clauseIds, String reason) {
    }

    /** {@code replyTo}: the comment answered, null for a new thread. */
    record NewComment(String replyTo, String text) {
    }

    /** {@code clauseId}: the clause to reword or remove, or the clause a new one follows. */
    record NewAmendment(AmendmentKind kind, String clauseId, String chapter, String text, String rationale) {
    }

    record Rebase(String text, String rationale) {
    }

    /** {@code period}: ISO-8601 such as P7D; null for the default seven days. */
    record Notice(Duration period) {
    }

    /** {@code clauseId}: null for an objection to the whole draft. */
    record NewObjection(String clauseId, String text) {
    }

    record Answer(String answer) {
    }

    /** {@code attempt}: which vote on this convention this is (1 for the first), so a retry opens nothing twice. */
    record Vote(int attempt, VotePurpose purpose, String sessionId, String itemId, Instant closesAt,
                Secrecy secrecy) {
    }

    record Note(String note) {
    }

    record Comment(String comment) {
    }

    record Comments(String comments) {
    }

    record Publication(LocalDate effectiveFrom, Visibility visibility) {
    }

    record Repeal(LocalDate effectiveFrom) {
    }

    record Filing(int version, LocalDate filedOn, String office, String reference) {
    }

    record Patrol(String clauseId, LocalDate checkedOn, String observation, String followUp) {
    }

    /** The id the server gave what was created, and the vote's motion where one was opened. */
    record Created(String id) {
    }
}
