package org.yishi.web.signin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.yishi.command.api.community.PersonId;

import java.util.Locale;
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

    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Credential> find(String username) {
        return Optional.ofNullable(credentials.find(eq("_id", normalize(username))).first())
                       .map(document -> new Credential(document.getString("_id"),
                                                       new PersonId(document.getString("personId")),
                                                       document.getString("displayName"),
                                                       document.getString("passwordHash")));
    }

    public void save(Credential credential) {
        String username = normalize(credential.username());
        credentials.replaceOne(eq("_id", username),
                               new Document("_id", username).append("personId", credential.personId().value())
                                                            .append("displayName", credential.displayName())
                                                            .append("passwordHash", credential.passwordHash()),
                               new ReplaceOptions().upsert(true));
    }
}
