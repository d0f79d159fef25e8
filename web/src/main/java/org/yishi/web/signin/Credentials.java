package org.yishi.web.signin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.account.Usernames;
import org.yishi.command.api.community.PersonId;

import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * Password hashes (BCrypt), one per username. They are kept out of the event log on purpose: events are kept
 * forever and archived, a password hash should be replaceable and forgettable.
 */
@Component
public class Credentials {

    public record Credential(String username, PersonId personId, String displayName, String passwordHash) {
    }

    private final MongoCollection<Document> credentials;

    Credentials(MongoDatabase database) {
        this.credentials = database.getCollection("credentials");
    }

    /** The command side's form, so that a credential and the username claimed in the event stream always agree. */
    public static String normalize(String username) {
        return Usernames.normalize(username);
    }

    /** Empty also for a name that could never have been claimed, such as a blank one. */
    public Optional<Credential> find(String username) {
        String normalized;
        try {
            normalized = normalize(username);
        } catch (Rejection impossibleName) {
            return Optional.empty();
        }
        return Optional.ofNullable(credentials.find(eq("_id", normalized)).first())
                       .map(document -> new Credential(document.getString("_id"),
                                                       new PersonId(document.getString("personId")),
                                                       document.getString("displayName"),
                                                       document.getString("passwordHash")));
    }

    public void save(Credential credential) {
        saveAll(List.of(credential));
    }

    /** In one request, so that many credentials (the demo's) wait for one acknowledged write, not one each. */
    public void saveAll(List<Credential> all) {
        credentials.bulkWrite(all.stream().map(credential -> {
            String username = normalize(credential.username());
            return new ReplaceOneModel<>(eq("_id", username),
                                         new Document("_id", username)
                                                 .append("personId", credential.personId().value())
                                                 .append("displayName", credential.displayName())
                                                 .append("passwordHash", credential.passwordHash()),
                                         new ReplaceOptions().upsert(true));
        }).toList());
    }
}
