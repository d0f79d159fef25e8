package org.yishi.query.screeningqueue;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.CoSignersCarriedOver;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalEdited;
import org.yishi.command.api.proposal.ProposalMerged;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.api.proposal.ProposalWithdrawn;
import org.yishi.query.api.proposals.FindScreeningQueue;
import org.yishi.query.api.proposals.ScreeningQueue;
import org.yishi.query.personnames.PersonNames;
import org.yishi.query.views.PositionedDocuments;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/**
 * The committee's screening queue: a community's proposals awaiting screening, oldest first. A screened or withdrawn
 * proposal keeps its document, marked as no longer waiting, so the queue's position still covers the event that took
 * it off. Events already reflected are skipped, so a replay changes nothing.
 */
@ProcessingGroup(ScreeningQueueProjection.GROUP)
public class ScreeningQueueProjection {

    public static final String GROUP = "screening-queue";

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;
    private final PersonNames names;

    public ScreeningQueueProjection(MongoDatabase database) {
        this.view = database.getCollection("view_screening_queue");
        this.positioned = new PositionedDocuments(view);
        this.names = new PersonNames(database, "view_screening_queue_names");
    }

    @EventHandler
    void on(MemberRegistered event) {
        names.remember(event);
    }

    @EventHandler
    void on(ProposalSubmitted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document entry = new Document("_id", event.proposalId().value())
                .append("communityId", event.communityId().value())
                .append("waiting", true)
                .append("title", event.title())
                .append("description", event.description())
                .append("category", event.category().name())
                .append("location", event.location())
                .append("proposerId", event.proposer().value())
                .append("coSigns", 0)
                .append("submittedAt", Date.from(event.at()))
                .append("position", position);
        view.replaceOne(eq("_id", entry.get("_id")), entry, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ProposalEdited event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, entry -> entry.append("title", event.title())
                                                         .append("description", event.description())
                                                         .append("category", event.category().name())
                                                         .append("location", event.location()));
    }

    @EventHandler
    void on(ProposalCoSigned event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, entry -> entry.put("coSigns", entry.getInteger("coSigns") + 1));
    }

    @EventHandler
    void on(CoSignersCarriedOver event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position,
               entry -> entry.put("coSigns", entry.getInteger("coSigns") + event.signers().size()));
    }

    @EventHandler
    void on(ProposalAccepted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, ScreeningQueueProjection::leave);
    }

    @EventHandler
    void on(ProposalDeclined event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, ScreeningQueueProjection::leave);
    }

    @EventHandler
    void on(ProposalMerged event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, ScreeningQueueProjection::leave);
    }

    @EventHandler
    void on(ProposalWithdrawn event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, ScreeningQueueProjection::leave);
    }

    private static void leave(Document entry) {
        entry.put("waiting", false);
    }

    /** Looked up when asked, not when written: the member may be registered in a batch handled later. */
    private String proposerName(Document entry) {
        return names.nameOf(new CommunityId(entry.getString("communityId")),
                            new PersonId(entry.getString("proposerId")));
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
        names.forget();
    }

    @QueryHandler
    ScreeningQueue handle(FindScreeningQueue query) {
        List<ScreeningQueue.Entry> entries = new ArrayList<>();
        long position = -1;
        for (Document entry : view.find(eq("communityId", query.communityId())).sort(Sorts.ascending("submittedAt"))) {
            position = Math.max(position, entry.get("position", Number.class).longValue());
            if (entry.getBoolean("waiting")) {
                entries.add(new ScreeningQueue.Entry(entry.getString("_id"), entry.getString("title"),
                                                     entry.getString("description"),
                                                     Category.valueOf(entry.getString("category")),
                                                     entry.getString("location"), proposerName(entry),
                                                     entry.getInteger("coSigns"),
                                                     entry.getDate("submittedAt").toInstant()));
            }
        }
        return new ScreeningQueue(entries, position);
    }
}
