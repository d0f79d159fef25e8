package org.yishi.query.memberdirectory;

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
import org.yishi.command.api.community.HouseholdRegistered;
import org.yishi.command.api.community.HouseholdRepresentativeDesignated;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.ResidentsGroupAdded;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.query.api.members.DisplayName;
import org.yishi.query.api.members.FindDisplayName;
import org.yishi.query.api.members.FindMembers;
import org.yishi.query.api.members.MemberDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

/**
 * The member directory for administrators: one document per group, household and member, each replaced whole with
 * the position of the event that last changed it, so handling an event again leaves the same documents.
 */
@ProcessingGroup(MemberDirectoryProjection.GROUP)
public class MemberDirectoryProjection {

    public static final String GROUP = "member-directory";

    private final MongoCollection<Document> groups;
    private final MongoCollection<Document> households;
    private final MongoCollection<Document> members;

    public MemberDirectoryProjection(MongoDatabase database) {
        this.groups = database.getCollection("view_member_directory_groups");
        this.households = database.getCollection("view_member_directory_households");
        this.members = database.getCollection("view_member_directory_members");
    }

    @EventHandler
    void on(ResidentsGroupAdded event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        String community = event.communityId().value();
        replace(groups, entry(community, event.groupId().value(), position).append("name", event.name()));
    }

    @EventHandler
    void on(HouseholdRegistered event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        String community = event.communityId().value();
        replace(households, entry(community, event.householdId().value(), position)
                .append("groupId", event.groupId().value())
                .append("building", event.building())
                .append("unit", event.unit())
                .append("room", event.room())
                .append("representative", null));
    }

    @EventHandler
    void on(MemberRegistered event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        String community = event.communityId().value();
        replace(members, entry(community, event.personId().value(), position)
                .append("registeredAt", position)
                .append("displayName", event.displayName())
                .append("householdId", event.householdId() == null ? null : event.householdId().value())
                .append("verified", false)
                .append("roles", List.of())
                .append("stakeholderGroup", null));
    }

    @EventHandler
    void on(ResidentVerified event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(members, event.communityId().value(), event.personId().value(), position,
               member -> member.put("verified", true));
    }

    @EventHandler
    void on(RoleGranted event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        change(members, event.communityId().value(), event.personId().value(), position, member -> {
            withRole(member, event.role());
            if (event.stakeholderGroup() != null) {
                member.put("stakeholderGroup", event.stakeholderGroup().name());
            }
        });
    }

    @EventHandler
    void on(RoleRevoked event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        String community = event.communityId().value();
        String person = event.personId().value();
        Document member = members.find(eq("_id", key(community, person))).first();
        if (member == null) {
            return;
        }
        change(members, community, person, position, revoked -> {
            withoutRole(revoked, event.role());
            if (event.role() == Role.STAKEHOLDER_REPRESENTATIVE) {
                revoked.put("stakeholderGroup", null);
            }
        });
        String household = member.getString("householdId");
        if (event.role() == Role.HOUSEHOLD_REPRESENTATIVE && household != null) {
            change(households, community, household, position, changed -> changed.put("representative", null));
        }
    }

    @EventHandler
    void on(HouseholdRepresentativeDesignated event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        String community = event.communityId().value();
        if (event.replaced() != null) {
            change(members, community, event.replaced().value(), position,
                   member -> withoutRole(member, Role.HOUSEHOLD_REPRESENTATIVE));
        }
        change(members, community, event.personId().value(), position,
               member -> withRole(member, Role.HOUSEHOLD_REPRESENTATIVE));
        change(households, community, event.householdId().value(), position,
               household -> household.put("representative", event.personId().value()));
    }

    @ResetHandler
    void reset() {
        groups.deleteMany(new Document());
        households.deleteMany(new Document());
        members.deleteMany(new Document());
    }

    @QueryHandler
    MemberDirectory handle(FindMembers query) {
        return new MemberDirectoryReader(groups, households, members).read(query.communityId());
    }

    @QueryHandler
    DisplayName handle(FindDisplayName query) {
        Document member = members.find(eq("id", query.personId())).sort(ascending("registeredAt")).first();
        return new DisplayName(query.personId(), member == null ? null : member.getString("displayName"));
    }

    static String key(String community, String id) {
        return community + "/" + id;
    }

    private static Document entry(String community, String id, long position) {
        return new Document("_id", key(community, id)).append("communityId", community).append("id", id)
                                                       .append("position", position);
    }

    private static void replace(MongoCollection<Document> view, Document document) {
        view.replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
    }

    /** Read, change and write back the whole document; one processor segment owns a community's events in order. */
    private static void change(MongoCollection<Document> view, String community, String id, long position,
                               Consumer<Document> change) {
        Document document = view.find(eq("_id", key(community, id))).first();
        if (document == null) {
            return;
        }
        change.accept(document);
        document.put("position", position);
        replace(view, document);
    }

    private static void withRole(Document member, Role role) {
        List<String> roles = new ArrayList<>(member.getList("roles", String.class));
        if (!roles.contains(role.name())) {
            roles.add(role.name());
        }
        member.put("roles", roles);
    }

    private static void withoutRole(Document member, Role role) {
        List<String> roles = new ArrayList<>(member.getList("roles", String.class));
        roles.remove(role.name());
        member.put("roles", roles);
    }
}
