package org.yishi.query.search;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.convention.ConventionPublished;
import org.yishi.command.api.convention.ConventionRepealed;
import org.yishi.command.api.convention.PublishedClause;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalEdited;
import org.yishi.command.api.proposal.ProposalMerged;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.api.proposal.ProposalWithdrawn;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.query.api.archive.ArchiveKind;
import org.yishi.query.api.archive.SearchArchive;
import org.yishi.query.api.archive.SearchResults;
import org.yishi.query.views.StoredStream;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The archive search: one Lucene document per published decision, per published version of a convention, per closed
 * session's minutes and per screened proposal, in this node's {@link SearchIndex}, which also keeps the processor's
 * token ({@link IndexTokenStore}). Decisions and unscreened proposals are kept unfindable until they are published or
 * screened, so that the later event can complete them. Each document remembers the newest event it reflects, and an
 * event it already reflects changes nothing, so a replay is harmless. Who may find what is decided when the document
 * is written ({@link Audience}) and applied to every search, its counts included.
 */
@ProcessingGroup(ArchiveSearchProjection.GROUP)
public class ArchiveSearchProjection {

    public static final String GROUP = "archive-search";

    private final SearchIndex index;
    private final EventStore events;
    private final ArchiveSearch search;

    public ArchiveSearchProjection(SearchIndex index, EventStore events) {
        this.index = index;
        this.events = events;
        this.search = new ArchiveSearch(index);
    }

    @EventHandler
    void on(ProposalSubmitted event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        if (index.find(proposal(event.proposalId().value())).isPresent()) {
            return;
        }
        index.put(new ArchiveDocument(proposal(event.proposalId().value()), ArchiveKind.PROPOSAL,
                                      event.proposalId().value(), 0, event.communityId().value(), event.title(),
                                      proposalBody(event.description(), event.location()), event.category().name(),
                                      "SUBMITTED", Audience.NOBODY, event.at(), position));
    }

    @EventHandler
    void on(ProposalEdited event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(proposal(event.proposalId().value()), position, document -> document
                .withText(event.title(), proposalBody(event.description(), event.location()), position)
                .withCategory(event.category().name()));
    }

    @EventHandler
    void on(ProposalAccepted event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        screened(event.proposalId().value(), "ACCEPTED", event.at(), position);
    }

    @EventHandler
    void on(ProposalDeclined event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        screened(event.proposalId().value(), "DECLINED", event.at(), position);
    }

    @EventHandler
    void on(ProposalWithdrawn event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(proposal(event.proposalId().value()), position, document -> document.withStatus("WITHDRAWN", position));
    }

    @EventHandler
    void on(ProposalMerged event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(proposal(event.proposalId().value()), position, document -> document.withStatus("MERGED", position));
    }

    /** A decision takes the category of the proposal it came from, if any. */
    @EventHandler
    void on(DecisionRecorded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        String id = decision(event.decisionId().value());
        if (index.find(id).isPresent()) {
            return;
        }
        String category = event.proposalId() == null ? null
                : index.find(proposal(event.proposalId().value())).map(ArchiveDocument::category).orElse(null);
        index.put(new ArchiveDocument(id, ArchiveKind.DECISION, event.decisionId().value(), 0,
                                      event.communityId().value(), event.title(), event.text(), category, "DRAFT",
                                      Audience.NOBODY, event.at(), position));
    }

    /** Only a wording submitted for review can be approved, and the one approved is the one published. */
    @EventHandler
    void on(DecisionSubmittedForReview event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(decision(event.decisionId().value()), position,
               document -> document.withText(event.title(), event.text(), position));
    }

    @EventHandler
    void on(DecisionPublished event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(decision(event.decisionId().value()), position, document -> document.findableBy(
                audience(event.visibility(), document.communityId()), "PUBLISHED", event.at(), position));
    }

    /** A new version is in force and the one before it is superseded. */
    @EventHandler
    void on(ConventionPublished event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        String id = convention(event.conventionId().value(), event.version());
        if (index.find(id).isEmpty()) {
            index.put(new ArchiveDocument(id, ArchiveKind.CONVENTION, event.conventionId().value(), event.version(),
                                          event.communityId().value(), event.title(), conventionBody(event), null,
                                          "IN_FORCE", audience(event.visibility(), event.communityId().value()),
                                          event.at(), position));
        }
        if (event.version() > 1) {
            change(convention(event.conventionId().value(), event.version() - 1), position,
                   document -> document.withStatus("SUPERSEDED", position));
        }
    }

    @EventHandler
    void on(ConventionRepealed event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(convention(event.conventionId().value(), event.version()), position,
               document -> document.withStatus("REPEALED", position));
    }

    /** The minutes are indexed once the session is closed, folded from the session's own stream. */
    @EventHandler
    void on(SessionClosed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        String id = "minutes:" + event.sessionId().value();
        if (index.find(id).isPresent()) {
            return;
        }
        MinutesText.Text text = MinutesText.of(StoredStream.of(events, event.sessionId().value()));
        if (text.communityId() == null) {
            return;
        }
        index.put(new ArchiveDocument(id, ArchiveKind.MINUTES, event.sessionId().value(), 0, text.communityId(),
                                      text.title(), text.body(), null, "CLOSED",
                                      Audience.committeeOf(text.communityId()), event.at(), position));
    }

    @ResetHandler
    void reset() {
        index.clear();
    }

    @QueryHandler
    SearchResults handle(SearchArchive query) {
        return search.search(query);
    }

    private void screened(String proposalId, String status, Instant at, long position) {
        change(proposal(proposalId), position, document -> document.findableBy(
                Audience.committeeOf(document.communityId()), status, at, position));
    }

    private void change(String id, long position, UnaryOperator<ArchiveDocument> change) {
        Optional<ArchiveDocument> known = index.find(id);
        if (known.isPresent() && known.get().position() < position) {
            index.put(change.apply(known.get()));
        }
    }

    private static String audience(Visibility visibility, String communityId) {
        return visibility == Visibility.PUBLIC ? Audience.EVERYONE : Audience.membersOf(communityId);
    }

    private static String proposal(String proposalId) {
        return "proposal:" + proposalId;
    }

    private static String decision(String decisionId) {
        return "decision:" + decisionId;
    }

    static String convention(String conventionId, int version) {
        return "convention:" + conventionId + ":v" + version;
    }

    private static String proposalBody(String description, String location) {
        return location == null ? description : description + "\n地点：" + location;
    }

    private static String conventionBody(ConventionPublished event) {
        StringBuilder body = new StringBuilder(Objects.requireNonNullElse(event.preamble(), ""));
        String chapter = null;
        for (PublishedClause clause : event.clauses()) {
            if (clause.chapter() != null && !clause.chapter().equals(chapter)) {
                chapter = clause.chapter();
                body.append('\n').append(chapter);
            }
            body.append('\n').append("第").append(clause.number()).append("条 ").append(clause.text());
        }
        return body.toString();
    }
}
