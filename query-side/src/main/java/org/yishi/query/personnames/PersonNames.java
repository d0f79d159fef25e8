package org.yishi.query.personnames;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;

import static com.mongodb.client.model.Filters.eq;

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

    public void forget() {
        names.deleteMany(new Document());
    }

    private static String key(CommunityId community, PersonId person) {
        return community.value() + "/" + person.value();
    }
}
