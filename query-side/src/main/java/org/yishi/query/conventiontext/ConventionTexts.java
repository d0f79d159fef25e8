package org.yishi.query.conventiontext;

import org.yishi.command.api.convention.AmendingStarted;
import org.yishi.command.api.convention.ClauseAdded;
import org.yishi.command.api.convention.ClauseEdited;
import org.yishi.command.api.convention.ClauseRemoved;
import org.yishi.command.api.convention.ClausesReordered;
import org.yishi.command.api.convention.ClauseId;
import org.yishi.command.api.convention.ConventionAdopted;
import org.yishi.command.api.convention.ConventionApproved;
import org.yishi.command.api.convention.ConventionDrafted;
import org.yishi.command.api.convention.ConventionHeadingRevised;
import org.yishi.command.api.convention.ConventionNotAdopted;
import org.yishi.command.api.convention.ConventionPublished;
import org.yishi.command.api.convention.ConventionPutToVote;
import org.yishi.command.api.convention.ConventionRepealed;
import org.yishi.command.api.convention.ConventionReturned;
import org.yishi.command.api.convention.ConventionStatus;
import org.yishi.command.api.convention.ConventionSubmittedForReview;
import org.yishi.command.api.convention.ConventionVoteNotOpened;
import org.yishi.command.api.convention.PublicNoticeEnded;
import org.yishi.command.api.convention.PublicNoticeStarted;
import org.yishi.command.api.convention.VotePurpose;
import org.yishi.query.api.conventions.ConventionText;
import org.yishi.query.api.conventions.ConventionText.Text;
import org.yishi.query.api.conventions.ConventionText.TextClause;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pure fold of one convention's events, in stream order, into its texts: the draft open and the version in force
 * after each event, and every published version as it was published. Nothing here is stored, so the text as of any
 * moment is always what the events say.
 */
final class ConventionTexts {

    /** One event of the stream with the moment it happened and its global position. */
    record Stamped(Object payload, Instant timestamp, long position) {
    }

    private final String conventionId;
    private ConventionStatus status;
    private ConventionStatus beforeVote;
    private VotePurpose inReview;
    private Draft draft;
    private Text inForce;
    private final Map<Integer, Text> published = new HashMap<>();
    private long position = -1;

    private ConventionTexts(String conventionId) {
        this.conventionId = conventionId;
    }

    /** The texts as they stood at {@code asOf}: the events stamped at or before it, folded; empty if none is. */
    static Optional<ConventionText> asOf(String conventionId, List<Stamped> events, Instant asOf) {
        ConventionTexts texts = fold(conventionId, events.stream().filter(e -> !e.timestamp().isAfter(asOf)).toList());
        if (texts.status == null) {
            return Optional.empty();
        }
        return Optional.of(new ConventionText(conventionId, asOf, texts.status, texts.inForce,
                                              texts.draft == null ? null : texts.draft.text(), texts.position));
    }

    /** Published {@code version} as it was published, with the position of the newest event folded. */
    static Optional<ConventionText> version(String conventionId, List<Stamped> events, int version) {
        ConventionTexts texts = fold(conventionId, events);
        Text text = texts.published.get(version);
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(new ConventionText(conventionId, null, ConventionStatus.PUBLISHED, text, null,
                                              texts.position));
    }

    /** Every published version by number, and the open draft (version 0 here), after all events. */
    static Map<Integer, Text> all(String conventionId, List<Stamped> events) {
        ConventionTexts texts = fold(conventionId, events);
        Map<Integer, Text> all = new HashMap<>(texts.published);
        if (texts.draft != null) {
            all.put(0, texts.draft.text());
        }
        return all;
    }

    private static ConventionTexts fold(String conventionId, List<Stamped> events) {
        ConventionTexts texts = new ConventionTexts(conventionId);
        events.forEach(texts::apply);
        return texts;
    }

    private void apply(Stamped stamped) {
        position = Math.max(position, stamped.position());
        Object payload = stamped.payload();
        if (payload instanceof ConventionDrafted e) {
            status = ConventionStatus.DRAFTING;
            draft = new Draft(1, e.title(), e.preamble(), new ArrayList<>());
        } else if (payload instanceof ConventionHeadingRevised e) {
            if (draft != null) {
                draft = new Draft(draft.version(), e.title(), e.preamble(), draft.clauses());
            }
        } else if (payload instanceof ClauseAdded e) {
            if (draft != null) {
                int at = Math.max(0, Math.min(e.position(), draft.clauses().size()));
                draft.clauses().add(at, new Clause(e.clauseId().value(), e.chapter(), e.text()));
            }
        } else if (payload instanceof ClauseEdited e) {
            if (draft != null) {
                draft.clauses().replaceAll(c -> c.id().equals(e.clauseId().value())
                        ? new Clause(c.id(), e.chapter(), e.text()) : c);
            }
        } else if (payload instanceof ClauseRemoved e) {
            if (draft != null) {
                draft.clauses().removeIf(c -> c.id().equals(e.clauseId().value()));
            }
        } else if (payload instanceof ClausesReordered e) {
            if (draft != null) {
                List<String> order = e.order().stream().map(ClauseId::value).toList();
                draft.clauses().sort((a, b) -> Integer.compare(rank(order, a.id()), rank(order, b.id())));
            }
        } else if (payload instanceof PublicNoticeStarted) {
            status = ConventionStatus.ON_NOTICE;
        } else if (payload instanceof PublicNoticeEnded) {
            status = ConventionStatus.NOTICE_ENDED;
        } else if (payload instanceof ConventionPutToVote) {
            beforeVote = status;
            status = ConventionStatus.AT_VOTE;
        } else if (payload instanceof ConventionVoteNotOpened) {
            status = beforeVote == null ? status : beforeVote;
        } else if (payload instanceof ConventionAdopted) {
            status = ConventionStatus.ADOPTED;
        } else if (payload instanceof ConventionNotAdopted e) {
            status = e.purpose() == VotePurpose.REPEAL
                    ? ConventionStatus.PUBLISHED : ConventionStatus.DRAFTING;
        } else if (payload instanceof ConventionSubmittedForReview e) {
            inReview = e.purpose();
            status = ConventionStatus.IN_REVIEW;
        } else if (payload instanceof ConventionApproved) {
            status = ConventionStatus.APPROVED;
        } else if (payload instanceof ConventionReturned) {
            status = inReview == VotePurpose.REPEAL
                    ? ConventionStatus.PUBLISHED : ConventionStatus.DRAFTING;
        } else if (payload instanceof ConventionPublished e) {
            List<TextClause> clauses = e.clauses().stream()
                    .map(c -> new TextClause(c.clauseId().value(), c.number(), c.chapter(), c.text())).toList();
            inForce = new Text(e.version(), true, e.effectiveFrom(), e.title(), e.preamble(), clauses);
            published.put(e.version(), inForce);
            draft = null;
            status = ConventionStatus.PUBLISHED;
        } else if (payload instanceof AmendingStarted e) {
            List<Clause> clauses = new ArrayList<>();
            if (inForce != null) {
                inForce.clauses().forEach(c -> clauses.add(new Clause(c.clauseId(), c.chapter(), c.text())));
            }
            draft = new Draft(e.version(), inForce == null ? null : inForce.title(),
                              inForce == null ? null : inForce.preamble(), clauses);
            status = ConventionStatus.DRAFTING;
        } else if (payload instanceof ConventionRepealed) {
            inForce = null;
            draft = null;
            status = ConventionStatus.REPEALED;
        }
    }

    private static int rank(List<String> order, String id) {
        int at = order.indexOf(id);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    private record Clause(String id, String chapter, String text) {
    }

    private record Draft(int version, String title, String preamble, List<Clause> clauses) {

        Text text() {
            List<TextClause> numbered = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i++) {
                Clause clause = clauses.get(i);
                numbered.add(new TextClause(clause.id(), i + 1, clause.chapter(), clause.text()));
            }
            return new Text(version, false, null, title, preamble, List.copyOf(numbered));
        }
    }
}
