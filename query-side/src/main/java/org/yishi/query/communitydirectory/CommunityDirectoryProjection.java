package org.yishi.query.communitydirectory;

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
import org.yishi.command.api.community.CommunityRegistered;
import org.yishi.query.api.communitydirectory.CommunityDirectory;
import org.yishi.query.api.communitydirectory.FindCommunities;

import java.util.ArrayList;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;

/** The directory of communities: one document per community, replaced whole, so a replay is always safe. */
@ProcessingGroup(CommunityDirectoryProjection.GROUP)
public class CommunityDirectoryProjection {

    public static final String GROUP = "community-directory";

    private final MongoCollection<Document> view;

    public CommunityDirectoryProjection(MongoDatabase database) {
        this.view = database.getCollection("view_community_directory");
    }

    @EventHandler
    void on(CommunityRegistered event,
            @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
        Document entry = new Document("_id", event.communityId().value())
                .append("name", event.name())
                .append("street", event.street())
                .append("district", event.district())
                .append("position", position);
        view.replaceOne(eq("_id", entry.get("_id")), entry, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        view.deleteMany(new Document());
    }

    @QueryHandler
    CommunityDirectory handle(FindCommunities query) {
        List<CommunityDirectory.Entry> entries = new ArrayList<>();
        long position = -1;
        for (Document document : view.find().sort(Sorts.ascending("name"))) {
            entries.add(new CommunityDirectory.Entry(document.getString("_id"), document.getString("name"),
                                                     document.getString("street"), document.getString("district")));
            position = Math.max(position, document.get("position", Number.class).longValue());
        }
        return new CommunityDirectory(entries, position);
    }
}
