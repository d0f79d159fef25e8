package org.yishi.query.petitionboard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.HouseholdRegistered;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.PetitionThresholds;
import org.yishi.command.api.community.PetitionThresholdsChanged;
import org.yishi.command.api.community.ResidentsGroupAdded;
import org.yishi.query.api.petitions.PetitionBoard;
import org.yishi.query.api.petitions.Tally;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;

/**
 * What the petition board needs of each community's register, one document per member, household and residents'
 * group (keyed "community/id") and one for the thresholds (keyed by the community).
 */
final class CommunityRegister {

    private final MongoCollection<Document> members;
    private final MongoCollection<Document> households;
    private final MongoCollection<Document> groups;
    private final MongoCollection<Document> thresholds;

    CommunityRegister(MongoDatabase database) {
        this.members = database.getCollection("view_petition_members");
        this.households = database.getCollection("view_petition_households");
        this.groups = database.getCollection("view_petition_groups");
        this.thresholds = database.getCollection("view_petition_thresholds");
    }

    void member(MemberRegistered event, long position) {
        upsert(members, new Document("_id", key(event.communityId(), event.personId().value()))
                .append("communityId", event.communityId().value())
                .append("personId", event.personId().value())
                .append("name", event.displayName())
                .append("householdId", event.householdId() == null ? null : event.householdId().value())
                .append("verified", false)
                .append("resident", false)
                .append("position", position));
    }

    /** Skips an event the member's document already reflects, so a replay changes nothing. */
    void changeMember(CommunityId community, PersonId person, long position, Consumer<Document> change) {
        String id = key(community, person.value());
        Document member = members.find(eq("_id", id)).first();
        if (member == null || member.get("position", Number.class).longValue() >= position) {
            return;
        }
        change.accept(member);
        member.put("position", position);
        members.replaceOne(eq("_id", id), member);
    }

    void household(HouseholdRegistered event, long position) {
        upsert(households, new Document("_id", key(event.communityId(), event.householdId().value()))
                .append("communityId", event.communityId().value())
                .append("householdId", event.householdId().value())
                .append("groupId", event.groupId().value())
                .append("position", position));
    }

    void group(ResidentsGroupAdded event, long position) {
        upsert(groups, new Document("_id", key(event.communityId(), event.groupId().value()))
                .append("communityId", event.communityId().value())
                .append("position", position));
    }

    void thresholds(PetitionThresholdsChanged event, long position) {
        PetitionThresholds changed = event.thresholds();
        upsert(thresholds, new Document("_id", event.communityId().value())
                .append("adultResidents", fraction(changed.adultResidents()))
                .append("households", fraction(changed.households()))
                .append("residentsGroups", fraction(changed.residentsGroups()))
                .append("position", position));
    }

    void clear() {
        for (MongoCollection<Document> collection : List.of(members, households, groups, thresholds)) {
            collection.deleteMany(new Document());
        }
    }

    Snapshot snapshot(CommunityId community) {
        long[] position = {-1};
        Map<String, Document> memberById = new HashMap<>();
        for (Document member : members.find(eq("communityId", community.value()))) {
            memberById.put(member.getString("personId"), member);
            position[0] = Math.max(position[0], positionOf(member));
        }
        Map<String, String> groupByHousehold = new HashMap<>();
        for (Document household : households.find(eq("communityId", community.value()))) {
            groupByHousehold.put(household.getString("householdId"), household.getString("groupId"));
            position[0] = Math.max(position[0], positionOf(household));
        }
        int groupCount = 0;
        for (Document group : groups.find(eq("communityId", community.value()))) {
            groupCount++;
            position[0] = Math.max(position[0], positionOf(group));
        }
        Document changed = thresholds.find(eq("_id", community.value())).first();
        PetitionThresholds rule = PetitionThresholds.DEFAULT;
        if (changed != null) {
            rule = new PetitionThresholds(fraction(changed.get("adultResidents", Document.class)),
                                          fraction(changed.get("households", Document.class)),
                                          fraction(changed.get("residentsGroups", Document.class)));
            position[0] = Math.max(position[0], positionOf(changed));
        }
        return new Snapshot(community, memberById, groupByHousehold, groupCount, rule, position[0]);
    }

    /** One community's register as read for one answer. */
    record Snapshot(CommunityId community, Map<String, Document> members, Map<String, String> groupByHousehold,
                    int groupCount, PetitionThresholds rule, long position) {

        String nameOf(PersonId person) {
            Document member = members.get(person.value());
            return member == null ? person.value() : member.getString("name");
        }

        /** Adult residents are verified members holding the resident role; only their signatures count. */
        private boolean adultResident(Document member) {
            return member != null && member.getBoolean("verified") && member.getBoolean("resident");
        }

        PetitionBoard board(String petitionId, String purpose, String startedByName,
                                                          Instant startedAt, List<PersonId> signers,
                                                          long petitionPosition) {
            List<Document> counted = signers.stream().map(signer -> members.get(signer.value()))
                                            .filter(this::adultResident).toList();
            List<String> signerHouseholds = counted.stream().map(member -> member.getString("householdId"))
                                                   .filter(Objects::nonNull).distinct().toList();
            long signerGroups = signerHouseholds.stream().map(groupByHousehold::get).filter(Objects::nonNull)
                                                .distinct().count();
            int adults = (int) members.values().stream().filter(this::adultResident).count();
            Tally residentsTally = Thresholds.tally(counted.size(), adults, rule.adultResidents());
            Tally householdsTally = Thresholds.tally(signerHouseholds.size(), groupByHousehold.size(),
                                                   rule.households());
            Tally groupsTally = Thresholds.tally((int) signerGroups, groupCount, rule.residentsGroups());
            return new PetitionBoard(
                    petitionId, community.value(), purpose, startedByName, startedAt,
                    signers.stream().map(this::nameOf).toList(), residentsTally, householdsTally, groupsTally,
                    residentsTally.reached() || householdsTally.reached() || groupsTally.reached(),
                    Math.max(position, petitionPosition));
        }
    }

    private static void upsert(MongoCollection<Document> collection, Document document) {
        collection.replaceOne(eq("_id", document.get("_id")), document, new ReplaceOptions().upsert(true));
    }

    private static long positionOf(Document document) {
        return document.get("position", Number.class).longValue();
    }

    private static Document fraction(Fraction fraction) {
        return new Document("numerator", fraction.numerator()).append("denominator", fraction.denominator());
    }

    private static Fraction fraction(Document fraction) {
        return new Fraction(fraction.getInteger("numerator"), fraction.getInteger("denominator"));
    }

    private static String key(CommunityId community, String id) {
        return community.value() + "/" + id;
    }
}
