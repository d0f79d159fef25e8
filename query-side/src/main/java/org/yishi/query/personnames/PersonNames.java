package org.yishi.query.personnames;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * The names members are registered under, per community. Each projection keeps its own copy in its own collection,
 * so that it can be reset and replayed without waiting for any other. Views store person ids and look names up when
 * asked: a pooled processor handles the community's events and a proposal's in different segments, so a proposal can
 * be projected before its proposer's registration is.
 */
public final class PersonNames {

    private final MongoCollection<Document> names;

    public PersonNames(MongoDatabase database, String collection) {
        this.names = database.getCollection(collection);
    }

    public void remember(MemberRegistered event) {
        String id = key(event.communityId(), event.personId());
        names.replaceOne(eq("_id", id), new Document("_id", id).append("name", event.displayName()),
                         new ReplaceOptions().upsert(true));
    }

    /** The person's registered name, or their id if this community never registered them. */
    public String nameOf(CommunityId community, PersonId person) {
        Document found = names.find(eq("_id", key(community, person))).first();
        return found == null ? person.value() : found.getString("name");
    }

    /** Several people's names at once, in one read; each one this community never registered is named by their id. */
    public Map<String, String> namesOf(CommunityId community, Collection<String> people) {
        Map<String, String> found = new HashMap<>();
        people.forEach(person -> found.put(person, person));
        if (!people.isEmpty()) {
            String prefix = community.value() + "/";
            for (Document name : names.find(in("_id", people.stream().map(person -> prefix + person).toList()))) {
                found.put(name.getString("_id").substring(prefix.length()), name.getString("name"));
            }
        }
        return found;
    }

    public void forget() {
        names.deleteMany(new Document());
    }

    private static String key(CommunityId community, PersonId person) {
        return community.value() + "/" + person.value();
    }
}
