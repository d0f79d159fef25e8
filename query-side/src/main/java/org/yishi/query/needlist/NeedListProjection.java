package org.yishi.query.needlist;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
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
import org.yishi.command.api.community.GridGroupsAssigned;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.command.api.need.NeedAdvanced;
import org.yishi.command.api.need.NeedCategory;
import org.yishi.command.api.need.NeedClosed;
import org.yishi.command.api.need.NeedEscalated;
import org.yishi.command.api.need.NeedMerged;
import org.yishi.command.api.need.NeedRecorded;
import org.yishi.command.api.need.NeedStatus;
import org.yishi.command.api.need.Urgency;
import org.yishi.query.api.needs.FindNeeds;
import org.yishi.query.api.needs.NeedList;
import org.yishi.query.views.PositionedDocuments;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * A community's needs list, and what it needs to know of each member to decide what they may read (see
 * {@link NeedVisibility}): their roles, household and, for grid workers, groups, kept from the community's own
 * events so that the rule is applied here, by the query, for whoever asks. One document per need and one per member,
 * each skipping an event it already reflects, so a replay or a redelivery changes nothing.
 */
@ProcessingGroup(NeedListProjection.GROUP)
public class NeedListProjection {

    public static final String GROUP = "need-list";

    private final MongoCollection<Document> needs;
    private final MongoCollection<Document> readers;
    private final PositionedDocuments positionedNeeds;
    private final PositionedDocuments positionedReaders;

    public NeedListProjection(MongoDatabase database) {
        this.needs = database.getCollection("view_need_list");
        this.readers = database.getCollection("view_need_list_readers");
        this.positionedNeeds = new PositionedDocuments(needs);
        this.positionedReaders = new PositionedDocuments(readers);
    }

    @EventHandler
    void on(MemberRegistered event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positionedReaders.create(new Document("_id", readerKey(event.communityId(), event.personId()))
                                         .append("communityId", event.communityId().value())
                                         .append("personId", event.personId().value())
                                         .append("householdId", event.householdId() == null ? null
                                                                : event.householdId().value())
                                         .append("roles", List.of())
                                         .append("groups", List.of())
                                         .append("position", position));
    }

    @EventHandler
    void on(RoleGranted event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        changeReader(event.communityId(), event.personId(), position, reader -> {
            Set<String> roles = new HashSet<>(reader.getList("roles", String.class));
            roles.add(event.role().name());
            reader.put("roles", List.copyOf(roles));
        });
    }

    @EventHandler
    void on(RoleRevoked event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        changeReader(event.communityId(), event.personId(), position, reader -> {
            Set<String> roles = new HashSet<>(reader.getList("roles", String.class));
            roles.remove(event.role().name());
            reader.put("roles", List.copyOf(roles));
            if (event.role() == Role.GRID_WORKER) {
                reader.put("groups", List.of());
            }
        });
    }

    @EventHandler
    void on(GridGroupsAssigned event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        changeReader(event.communityId(), event.personId(), position,
                     reader -> reader.put("groups", event.groups().stream().map(GroupId::value).toList()));
    }

    @EventHandler
    void on(NeedRecorded event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positionedNeeds.create(new Document("_id", event.needId().value())
                                       .append("communityId", event.communityId().value())
                                       .append("householdId", event.householdId().value())
                                       .append("groupId", event.groupId().value())
                                       .append("category", event.category().name())
                                       .append("urgency", event.urgency().name())
                                       .append("description", event.description())
                                       .append("vulnerable", event.vulnerable())
                                       .append("recordedBy", event.recordedBy().value())
                                       .append("recordedAt", Date.from(event.at()))
                                       .append("status", NeedStatus.RECORDED.name())
                                       .append("note", null)
                                       .append("proposalId", null)
                                       .append("mergedInto", null)
                                       .append("position", position));
    }

    @EventHandler
    void on(NeedAdvanced event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positionedNeeds.change(event.needId().value(), position,
                               need -> need.append("status", event.to().name()).append("note", event.note()));
    }

    @EventHandler
    void on(NeedClosed event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positionedNeeds.change(event.needId().value(), position,
                               need -> need.append("status", NeedStatus.CLOSED.name()).append("note", event.reason()));
    }

    @EventHandler
    void on(NeedEscalated event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positionedNeeds.change(event.needId().value(), position,
                               need -> need.put("proposalId", event.proposalId().value()));
    }

    @EventHandler
    void on(NeedMerged event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        positionedNeeds.change(event.needId().value(), position,
                               need -> need.append("status", NeedStatus.MERGED.name())
                                           .append("mergedInto", event.intoNeedId().value()));
    }

    @ResetHandler
    void reset() {
        needs.deleteMany(new Document());
        readers.deleteMany(new Document());
    }

    @QueryHandler
    NeedList handle(FindNeeds query) {
        Reader reader = reader(query.communityId(), query.readerId());
        List<Bson> filters = new ArrayList<>(List.of(eq("communityId", query.communityId())));
        if (query.status() != null) {
            filters.add(eq("status", query.status().name()));
        }
        List<NeedList.Entry> entries = new ArrayList<>();
        long position = -1;
        if (!reader.member()) {
            return new NeedList(entries, position);
        }
        for (Document need : needs.find(and(filters)).sort(Sorts.descending("recordedAt", "_id"))) {
            String group = need.getString("groupId");
            String household = need.getString("householdId");
            if (!NeedVisibility.reads(reader, group, household, need.getBoolean("vulnerable"))) {
                continue;
            }
            boolean close = NeedVisibility.close(reader, group, household);
            entries.add(new NeedList.Entry(need.getString("_id"), close ? household : null,
                                           NeedCategory.valueOf(need.getString("category")),
                                           Urgency.valueOf(need.getString("urgency")), need.getString("description"),
                                           need.getBoolean("vulnerable"), NeedStatus.valueOf(need.getString("status")),
                                           need.getString("note"), need.getString("proposalId"),
                                           need.getString("mergedInto"), need.getDate("recordedAt").toInstant()));
            position = Math.max(position, need.get("position", Number.class).longValue());
        }
        return new NeedList(entries, position);
    }

    private Reader reader(String communityId, String personId) {
        if (personId == null) {
            return Reader.NOBODY;
        }
        Document found = readers.find(eq("_id", communityId + "\n" + personId)).first();
        if (found == null) {
            return Reader.NOBODY;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        found.getList("roles", String.class).forEach(role -> roles.add(Role.valueOf(role)));
        return new Reader(personId, roles, found.getString("householdId"),
                          Set.copyOf(found.getList("groups", String.class)));
    }

    private void changeReader(CommunityId community, PersonId person, long position, Consumer<Document> change) {
        positionedReaders.change(readerKey(community, person), position, change);
    }

    private static String readerKey(CommunityId community, PersonId person) {
        return community.value() + "\n" + person.value();
    }
}
