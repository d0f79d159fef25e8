package org.yishi.query.petitionboard;

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
import org.yishi.command.api.community.HouseholdRegistered;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.PetitionThresholdsChanged;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.ResidentsGroupAdded;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.command.api.petition.PetitionSignatureWithdrawn;
import org.yishi.command.api.petition.PetitionSigned;
import org.yishi.command.api.petition.PetitionStarted;
import org.yishi.query.api.petitions.FindPetitionBoard;
import org.yishi.query.api.petitions.FindPetitions;
import org.yishi.query.api.petitions.PetitionBoard;
import org.yishi.query.api.petitions.PetitionList;
import org.yishi.query.views.PositionedDocuments;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * The petition board. Signers are stored per petition; the community's register (members with their household and
 * whether they are verified residents, households with their residents' group, groups, thresholds) is stored per
 * community, and the tallies are worked out when asked, so a newly verified resident or a changed threshold shows on
 * every open petition at once. Documents are keyed by id and replaced whole; an event already reflected is skipped.
 */
@ProcessingGroup(PetitionBoardProjection.GROUP)
public class PetitionBoardProjection {

    public static final String GROUP = "petition-board";

    private final MongoCollection<Document> petitions;
    private final PositionedDocuments positioned;
    private final CommunityRegister register;

    public PetitionBoardProjection(MongoDatabase database) {
        this.petitions = database.getCollection("view_petition_board");
        this.positioned = new PositionedDocuments(petitions);
        this.register = new CommunityRegister(database);
    }

    @EventHandler
    void on(MemberRegistered event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        register.member(event, position);
    }

    @EventHandler
    void on(ResidentVerified event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        register.changeMember(event.communityId(), event.personId(), position, member -> member.put("verified", true));
    }

    @EventHandler
    void on(RoleGranted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        if (event.role() == Role.RESIDENT) {
            register.changeMember(event.communityId(), event.personId(), position,
                                  member -> member.put("resident", true));
        }
    }

    @EventHandler
    void on(RoleRevoked event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        if (event.role() == Role.RESIDENT) {
            register.changeMember(event.communityId(), event.personId(), position,
                                  member -> member.put("resident", false));
        }
    }

    @EventHandler
    void on(HouseholdRegistered event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        register.household(event, position);
    }

    @EventHandler
    void on(ResidentsGroupAdded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        register.group(event, position);
    }

    @EventHandler
    void on(PetitionThresholdsChanged event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        register.thresholds(event, position);
    }

    @EventHandler
    void on(PetitionStarted event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document petition = new Document("_id", event.petitionId().value())
                .append("communityId", event.communityId().value())
                .append("purpose", event.purpose())
                .append("startedBy", event.startedBy().value())
                .append("startedAt", Date.from(event.at()))
                .append("signers", new ArrayList<String>())
                .append("position", position);
        petitions.replaceOne(eq("_id", petition.get("_id")), petition, new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(PetitionSigned event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.petitionId().value(), position, petition -> signers(petition).add(event.signer().value()));
    }

    @EventHandler
    void on(PetitionSignatureWithdrawn event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positioned.change(event.petitionId().value(), position, petition -> signers(petition).remove(event.signer().value()));
    }

    private static List<String> signers(Document petition) {
        return petition.getList("signers", String.class);
    }

    @ResetHandler
    void reset() {
        petitions.deleteMany(new Document());
        register.clear();
    }

    @QueryHandler
    Optional<PetitionBoard> handle(FindPetitionBoard query) {
        return Optional.ofNullable(petitions.find(eq("_id", query.petitionId())).first()).map(this::board);
    }

    private PetitionBoard board(Document petition) {
        CommunityId community = new CommunityId(petition.getString("communityId"));
        CommunityRegister.Snapshot snapshot = register.snapshot(community);
        List<PersonId> signers = signers(petition).stream().map(PersonId::new).toList();
        return snapshot.board(petition.getString("_id"), petition.getString("purpose"),
                              snapshot.nameOf(new PersonId(petition.getString("startedBy"))),
                              petition.getDate("startedAt").toInstant(), signers,
                              petition.get("position", Number.class).longValue());
    }

    @QueryHandler
    PetitionList handle(FindPetitions query) {
        CommunityRegister.Snapshot snapshot = register.snapshot(new CommunityId(query.communityId()));
        List<PetitionList.Entry> entries = new ArrayList<>();
        long position = snapshot.position();
        for (Document petition : petitions.find(eq("communityId", query.communityId()))
                                          .sort(Sorts.descending("startedAt"))) {
            entries.add(new PetitionList.Entry(petition.getString("_id"), petition.getString("purpose"),
                                               snapshot.nameOf(new PersonId(petition.getString("startedBy"))),
                                               signers(petition).size(), petition.getDate("startedAt").toInstant()));
            position = Math.max(position, petition.get("position", Number.class).longValue());
        }
        return new PetitionList(entries, position);
    }
}
