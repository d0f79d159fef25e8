package org.yishi.query.views;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.function.Consumer;

import static com.mongodb.client.model.Filters.eq;

/**
 * A view collection whose documents each record, in {@code position}, the global position of the newest event they
 * reflect. An event at or below that position has been applied already, so a redelivery or a replay changes
 * nothing. One aggregate's events arrive in increasing positions, so this holds for documents kept per aggregate.
 */
public final class PositionedDocuments {

    private final MongoCollection<Document> collection;
    private final ReplaceOptions options;

    public PositionedDocuments(MongoCollection<Document> collection) {
        this(collection, new ReplaceOptions());
    }

    /** {@code options} for each write, such as {@link BatchWrites#replace()}. */
    public PositionedDocuments(MongoCollection<Document> collection, ReplaceOptions options) {
        this.collection = collection;
        this.options = options;
    }

    /**
     * Stores {@code document}, the first state of what it shows, under its {@code _id}, unless the stored one already
     * reflects its {@code position} or a later event.
     */
    public void create(Document document) {
        Object id = document.get("_id");
        long position = document.get("position", Number.class).longValue();
        Document stored = collection.find(eq("_id", id)).first();
        if (stored != null && stored.get("position", Number.class).longValue() >= position) {
            return;
        }
        collection.replaceOne(eq("_id", id), document,
                              new ReplaceOptions().upsert(true).comment(options.getComment()));
    }

    /** Applies {@code change} to the document with this id, unless it is missing or already reflects the event. */
    public void change(String id, long position, Consumer<Document> change) {
        Document document = collection.find(eq("_id", id)).first();
        if (document == null || document.get("position", Number.class).longValue() >= position) {
            return;
        }
        change.accept(document);
        document.put("position", position);
        collection.replaceOne(eq("_id", id), document, options);
    }
}
