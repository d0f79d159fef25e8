package org.yishi.query.memberdirectory;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.yishi.query.api.members.MemberDirectory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

/** Joins a community's members to their households and groups, members in the order they were registered. */
record MemberDirectoryReader(MongoCollection<Document> groups, MongoCollection<Document> households,
                             MongoCollection<Document> members) {

    MemberDirectory read(String community) {
        List<Document> groupDocuments = find(groups, community, "position");
        List<Document> householdDocuments = find(households, community, "_id");
        List<Document> memberDocuments = find(members, community, "registeredAt");

        Map<String, MemberDirectory.Group> groupsById = new LinkedHashMap<>();
        groupDocuments.forEach(group -> groupsById.put(group.getString("id"), new MemberDirectory.Group(
                group.getString("id"), group.getString("name"))));
        Map<String, MemberDirectory.Household> householdsById = new LinkedHashMap<>();
        householdDocuments.forEach(household -> householdsById.put(household.getString("id"),
                new MemberDirectory.Household(household.getString("id"), household.getString("groupId"),
                                              household.getString("building"), household.getString("unit"),
                                              household.getString("room"), household.getString("representative"))));
        List<MemberDirectory.Member> people = memberDocuments.stream().map(member -> {
            MemberDirectory.Household household = householdsById.get(member.getString("householdId"));
            MemberDirectory.Group group = household == null ? null : groupsById.get(household.groupId());
            return new MemberDirectory.Member(
                    member.getString("id"), member.getString("displayName"), member.getString("householdId"),
                    household == null ? null : household.address(), group == null ? null : group.groupId(),
                    group == null ? null : group.name(), member.getBoolean("verified"),
                    member.getList("roles", String.class), member.getString("stakeholderGroup"));
        }).toList();

        long position = Stream.of(groupDocuments, householdDocuments, memberDocuments).flatMap(List::stream)
                              .mapToLong(document -> document.getLong("position")).max().orElse(-1);
        return new MemberDirectory(community, people, List.copyOf(householdsById.values()),
                                   List.copyOf(groupsById.values()), position);
    }

    private static List<Document> find(MongoCollection<Document> view, String community, String order) {
        return view.find(eq("communityId", community)).sort(ascending(order)).into(new ArrayList<>());
    }
}
