package org.yishi.query.archive;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.Visibility;
import org.yishi.query.api.archive.Archive;
import org.yishi.query.api.archive.FindArchive;
import org.yishi.query.views.PositionedDocuments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * The archive of published decisions: one document per decision, with the wording last submitted for review (the one
 * approved), shown once it is published. An event the document already reflects is skipped, so a replay changes
 * nothing.
 */
@ProcessingGroup(ArchiveProjection.GROUP)
public class ArchiveProjection {

    public static final String GROUP = "decision-archive";

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;

    public ArchiveProjection(MongoDatabase database) {
        this.view = database.getCollection("view_decision_archive");
        this.positioned = new PositionedDocuments(view);
    }

    @EventHandler
    void on(DecisionRecorded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document decision = new Document("_id", event.decisionId().value())
                .append("communityId", event.communityId().value())
                .append("title", event.title())
                .append("text", event.text())
                .append("source", event.source().name())
                .append("proposalId", event.proposalId() == null ? null : event.proposalId().value())
                .append("sessionId", event.sessionId() == null ? null : event.sessionId().value())
                .append("motionId", event.motionId() == null ? null : event.motionId().value())
                .append("visibility", null)
                .append("publishedAt", null)
                .append("position", position);
        positioned.create(decision);
    }

    /** Only a wording submitted for review can be approved, and the one approved is the one published. */
    @EventHandler
    void on(DecisionSubmittedForReview event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position,
                          decision -> decision.append("title", event.title()).append("text", event.text()));
    }

    @EventHandler
    void on(DecisionPublished event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.decisionId().value(), position, decision -> decision
                .append("visibility", event.visibility().name()).append("publishedAt", Date.from(event.at())));
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
    }

    @QueryHandler
    Archive handle(FindArchive query) {
        List<Archive.Entry> published = new ArrayList<>();
        long newest = -1;
        for (Document decision : view.find(eq("communityId", query.communityId()))) {
            newest = Math.max(newest, decision.get("position", Number.class).longValue());
            String visibility = decision.getString("visibility");
            if (visibility == null || query.publicOnly() && !Visibility.PUBLIC.name().equals(visibility)) {
                continue;
            }
            published.add(new Archive.Entry(decision.getString("_id"), decision.getString("communityId"),
                                            decision.getString("title"), decision.getString("text"),
                                            DecisionSource.valueOf(decision.getString("source")),
                                            Visibility.valueOf(visibility),
                                            decision.getDate("publishedAt").toInstant(),
                                            decision.getString("proposalId"), decision.getString("sessionId"),
                                            decision.getString("motionId"),
                                            decision.get("position", Number.class).longValue()));
        }
        published.sort(Comparator.comparing(Archive.Entry::publishedAt).reversed()
                                 .thenComparing(Archive.Entry::decisionId));
        return new Archive(published, newest);
    }
}
