package org.yishi.query.proposaldetail;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
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
import org.yishi.command.api.proposal.CoSignersCarriedOver;
import org.yishi.command.api.proposal.ProposalAccepted;
import org.yishi.command.api.proposal.ProposalCoSigned;
import org.yishi.command.api.proposal.ProposalDeclined;
import org.yishi.command.api.proposal.ProposalEdited;
import org.yishi.command.api.proposal.ProposalMerged;
import org.yishi.command.api.proposal.ProposalRaisedFromNeed;
import org.yishi.command.api.proposal.ProposalSubmitted;
import org.yishi.command.api.proposal.ProposalWithdrawn;
import org.yishi.query.api.proposals.FindProposal;
import org.yishi.query.api.proposals.ProposalDetail;
import org.yishi.query.api.proposals.ProposalStatus;
import org.yishi.query.api.proposals.Step;
import org.yishi.query.personnames.PersonNames;
import org.yishi.query.views.PositionedDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * A proposal's page: its current text and status, its co-signers by name, and its whole history, one entry per event
 * with who, when and the global position. One document per proposal; an event already reflected (not newer than the
 * document's position) is skipped, so a replay or a redelivery never adds an entry twice.
 */
@ProcessingGroup(ProposalDetailProjection.GROUP)
public class ProposalDetailProjection {

    public static final String GROUP = "proposal-detail";

    private final MongoCollection<Document> view;
    private final PositionedDocuments positioned;
    private final PersonNames names;

    public ProposalDetailProjection(MongoDatabase database) {
        this.view = database.getCollection("view_proposal_detail");
        this.positioned = new PositionedDocuments(view);
        this.names = new PersonNames(database, "view_proposal_detail_names");
    }

    @EventHandler
    void on(MemberRegistered event) {
        names.remember(event);
    }

    @EventHandler
    void on(ProposalSubmitted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document text = DetailReader.text(event.title(), event.description(), event.category(), event.location());
        Document detail = new Document("_id", event.proposalId().value())
                .append("communityId", event.communityId().value())
                .append("text", text)
                .append("status", ProposalStatus.SUBMITTED.name())
                .append("proposer", person(event.proposer()))
                .append("coSigners", new ArrayList<Document>())
                .append("submittedAt", Date.from(event.at()))
                .append("history", new ArrayList<>(List.of(
                        step(Step.SUBMITTED, event.proposer(), event.at(), position)
                                .append("after", text))))
                .append("position", position);
        view.replaceOne(eq("_id", detail.get("_id")), detail, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ProposalRaisedFromNeed event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position,
                          detail -> detail.put("fromNeedId", event.needId().value()));
    }

    @EventHandler
    void on(ProposalEdited event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, detail -> {
            Document after = DetailReader.text(event.title(), event.description(), event.category(),
                                                  event.location());
            history(detail).add(step(Step.EDITED, event.editedBy(), event.at(), position)
                                        .append("before", detail.get("text", Document.class))
                                        .append("after", after));
            detail.put("text", after);
        });
    }

    @EventHandler
    void on(ProposalCoSigned event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, detail -> {
            coSigners(detail).add(person(event.signer()));
            history(detail).add(step(Step.CO_SIGNED, event.signer(), event.at(), position));
        });
    }

    @EventHandler
    void on(CoSignersCarriedOver event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, detail -> {
            List<Document> people = event.signers().stream().map(ProposalDetailProjection::person).toList();
            coSigners(detail).addAll(people);
            history(detail).add(step(Step.CO_SIGNERS_CARRIED_OVER, event.mergedBy(), event.at(), position)
                                        .append("otherProposalId", event.fromProposalId().value())
                                        .append("people", people));
        });
    }

    @EventHandler
    void on(ProposalAccepted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, detail -> {
            detail.put("status", ProposalStatus.ACCEPTED.name());
            history(detail).add(step(Step.ACCEPTED, event.acceptedBy(), event.at(), position)
                                        .append("destination", event.destination().name())
                                        .append("plannedDate", event.plannedDate() == null
                                                               ? null : event.plannedDate().toString())
                                        .append("note", event.note()));
        });
    }

    @EventHandler
    void on(ProposalDeclined event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, detail -> {
            detail.put("status", ProposalStatus.DECLINED.name());
            detail.put("declineReason", event.reason());
            history(detail).add(step(Step.DECLINED, event.declinedBy(), event.at(), position)
                                        .append("reason", event.reason()));
        });
    }

    @EventHandler
    void on(ProposalMerged event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, detail -> {
            detail.put("status", ProposalStatus.MERGED.name());
            detail.put("mergedInto", event.intoProposalId().value());
            history(detail).add(step(Step.MERGED, event.mergedBy(), event.at(), position)
                                        .append("otherProposalId", event.intoProposalId().value())
                                        .append("people", event.supporters().stream()
                                                               .map(ProposalDetailProjection::person)
                                                               .toList()));
        });
    }

    @EventHandler
    void on(ProposalWithdrawn event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.proposalId().value(), position, detail -> {
            detail.put("status", ProposalStatus.WITHDRAWN.name());
            history(detail).add(step(Step.WITHDRAWN, event.withdrawnBy(), event.at(), position)
                                        .append("reason", event.reason()));
        });
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
        names.forget();
    }

    @QueryHandler
    Optional<ProposalDetail> handle(FindProposal query) {
        return Optional.ofNullable(view.find(eq("_id", query.proposalId())).first()).map(detail -> {
            CommunityId community = new CommunityId(detail.getString("communityId"));
            return new DetailReader(person -> names.nameOf(community, new PersonId(person))).detail(detail);
        });
    }

    /** Only the id: the name is looked up when asked, since the member may be registered in a later batch. */
    private static Document person(PersonId person) {
        return new Document("personId", person.value());
    }

    private static Document step(Step step, PersonId by, Instant at, long position) {
        return new Document("step", step.name()).append("by", person(by)).append("at", Date.from(at))
                                                .append("position", position);
    }

    private static List<Document> history(Document detail) {
        return detail.getList("history", Document.class);
    }

    private static List<Document> coSigners(Document detail) {
        return detail.getList("coSigners", Document.class);
    }
}
