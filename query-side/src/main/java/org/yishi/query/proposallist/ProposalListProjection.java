package org.yishi.query.proposallist;

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
import org.bson.conversions.Bson;
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
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemRemoved;
import org.yishi.command.api.session.SessionClosed;
import org.yishi.query.api.proposals.FindMyProposals;
import org.yishi.query.api.proposals.FindProposals;
import org.yishi.query.api.proposals.ProposalList;
import org.yishi.query.api.proposals.ProposalOrder;
import org.yishi.query.api.proposals.ProposalStatus;
import org.yishi.query.personnames.PersonNames;
import org.yishi.query.views.PositionedDocuments;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * The proposal lists: a community's, filtered and ordered, and a proposer's own. One document per proposal, keyed by
 * its id; an event already reflected (its position is not newer than the document's) is skipped, so a replay or a
 * redelivery changes nothing.
 */
@ProcessingGroup(ProposalListProjection.GROUP)
public class ProposalListProjection {

    public static final String GROUP = "proposal-list";

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;
    private final PersonNames names;

    public ProposalListProjection(MongoDatabase database) {
        this.view = database.getCollection("view_proposal_list");
        this.positioned = new PositionedDocuments(view);
        this.names = new PersonNames(database, "view_proposal_list_names");
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
                .append("title", event.title())
                .append("category", event.category().name())
                .append("status", ProposalStatus.SUBMITTED.name())
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
                                                         .append("category", event.category().name()));
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
        positioned.change(event.proposalId().value(), position, entry -> entry.put("status", ProposalStatus.ACCEPTED.name()));
    }

    @EventHandler
    void on(ProposalDeclined event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, entry -> entry.put("status", ProposalStatus.DECLINED.name()));
    }

    @EventHandler
    void on(ProposalMerged event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, entry -> entry.put("status", ProposalStatus.MERGED.name()));
    }

    @EventHandler
    void on(ProposalWithdrawn event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, entry -> entry.put("status", ProposalStatus.WITHDRAWN.name()));
    }

    /**
     * Remembered as its session and item, so that removing the item from the agenda takes it off again, and closing
     * the session marks it deliberated.
     */
    @EventHandler
    void on(AgendaItemAdded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        if (event.proposalId() != null) {
            String item = agendaItem(event.sessionId().value(), event.itemId().value());
            positioned.change(event.proposalId().value(), position, entry -> {
                List<String> items = new ArrayList<>(entry.getList("agendaItems", String.class, List.of()));
                if (!items.contains(item)) {
                    items.add(item);
                }
                agenda(entry, items);
            });
        }
    }

    @EventHandler
    void on(AgendaItemRemoved event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        String item = agendaItem(event.sessionId().value(), event.itemId().value());
        for (Document proposal : view.find(eq("agendaItems", item))) {
            positioned.change(proposal.getString("_id"), position, entry -> {
                List<String> items = new ArrayList<>(entry.getList("agendaItems", String.class, List.of()));
                items.remove(item);
                agenda(entry, items);
            });
        }
    }

    @EventHandler
    void on(SessionClosed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        for (Document proposal : view.find(eq("agendaSessions", event.sessionId().value()))) {
            positioned.change(proposal.getString("_id"), position, entry -> entry.put("deliberated", true));
        }
    }

    /** The agenda items taken from the proposal, and the sessions they are in. */
    private static void agenda(Document entry, List<String> items) {
        entry.put("agendaItems", items);
        entry.put("agendaSessions", items.stream().map(item -> item.substring(0, item.lastIndexOf('#'))).distinct()
                                         .toList());
    }

    private static String agendaItem(String sessionId, String itemId) {
        return sessionId + "#" + itemId;
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
    ProposalList handle(FindProposals query) {
        List<Bson> filters = new ArrayList<>(List.of(eq("communityId", query.communityId())));
        if (query.status() != null) {
            filters.add(eq("status", query.status().name()));
        }
        if (query.category() != null) {
            filters.add(eq("category", query.category().name()));
        }
        Bson order = query.order() == ProposalOrder.MOST_CO_SIGNED
                     ? Sorts.descending("coSigns", "submittedAt")
                     : Sorts.descending("submittedAt");
        return list(and(filters), order);
    }

    @QueryHandler
    ProposalList handle(FindMyProposals query) {
        return list(eq("proposerId", query.proposerId()), Sorts.descending("submittedAt"));
    }

    private ProposalList list(Bson filter, Bson order) {
        List<ProposalList.Entry> entries = new ArrayList<>();
        long position = -1;
        for (Document entry : view.find(filter).sort(order)) {
            entries.add(new ProposalList.Entry(entry.getString("_id"), entry.getString("communityId"),
                                               entry.getString("title"), Category.valueOf(entry.getString("category")),
                                               ProposalStatus.valueOf(entry.getString("status")),
                                               proposerName(entry), entry.getInteger("coSigns"),
                                               entry.getDate("submittedAt").toInstant(),
                                               entry.getBoolean("deliberated", false)));
            position = Math.max(position, entry.get("position", Number.class).longValue());
        }
        return new ProposalList(entries, position);
    }
}
