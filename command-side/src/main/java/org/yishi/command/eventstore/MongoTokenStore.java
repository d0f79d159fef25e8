package org.yishi.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

/**
 * Tracking tokens in MongoDB, one document per processor segment, keyed by {@code processor#segment}. A node claims
 * a segment by writing its name as owner; a claim not extended within the claim timeout may be taken over.
 * Tokens are stored as readable BSON documents.
 */
public class MongoTokenStore implements TokenStore {

    private static final String STORAGE_ID = "~storage-id";

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final String owner;
    private final Duration claimTimeout;
    private final Clock clock;

    public MongoTokenStore(MongoCollection<Document> tokens, Serializer serializer, Duration claimTimeout, Clock clock) {
        this(tokens, serializer, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID(),
             claimTimeout, clock);
    }

    MongoTokenStore(MongoCollection<Document> tokens, Serializer serializer, String owner, Duration claimTimeout,
                    Clock clock) {
        this.tokens = tokens;
        this.serializer = serializer;
        this.owner = owner;
        this.claimTimeout = claimTimeout;
        this.clock = clock;
    }

    private static String id(String processorName, int segment) {
        return processorName + "#" + segment;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        if (fetchSegments(processorName).length > 0) {
            throw new UnableToInitializeTokenException("Segments of " + processorName + " are already initialized");
        }
        for (int segment = 0; segment < segmentCount; segment++) {
            initializeSegment(initialToken, processorName, segment);
        }
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        try {
            tokens.insertOne(tokenDocument(token, processorName, segment).append("owner", null));
        } catch (MongoException e) {
            throw new UnableToInitializeTokenException("Could not initialize segment " + segment + " of "
                                                       + processorName + ": " + e.getMessage());
        }
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        Document update = tokenDocument(token, processorName, segment).append("owner", owner)
                                                                       .append("claimedAt", now());
        update.remove("_id");
        Document stored = tokens.findOneAndUpdate(claimable(processorName, segment), new Document("$set", update));
        if (stored == null) {
            throw new UnableToClaimTokenException("Cannot store the token of " + id(processorName, segment)
                                                  + ": it is claimed by another node or not initialized");
        }
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        Document claimed = tokens.findOneAndUpdate(
                claimable(processorName, segment),
                Updates.combine(Updates.set("owner", owner), Updates.set("claimedAt", now())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (claimed == null) {
            throw new UnableToClaimTokenException("Cannot claim the token of " + id(processorName, segment)
                                                  + ": it is claimed by another node or not initialized");
        }
        return readToken(claimed);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        if (tokens.updateOne(ownedByMe(processorName, segment), Updates.set("claimedAt", now()))
                  .getMatchedCount() == 0) {
            throw new UnableToClaimTokenException("The claim on " + id(processorName, segment) + " was lost");
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        tokens.updateOne(ownedByMe(processorName, segment), Updates.set("owner", null));
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        if (tokens.deleteOne(ownedByMe(processorName, segment)).getDeletedCount() == 0) {
            throw new UnableToClaimTokenException("Cannot delete " + id(processorName, segment)
                                                  + ": this node does not hold its claim");
        }
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    @Override
    public int[] fetchSegments(String processorName) {
        List<Integer> segments = new ArrayList<>();
        for (Document token : tokens.find(eq("processor", processorName))) {
            segments.add(token.getInteger("segment"));
        }
        return segments.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * The stored token of each of the processor's segments (empty for one initialized at the tail), read without
     * claiming anything: for reporting how far behind a processor is, whichever node holds its segments.
     */
    public Map<Integer, Optional<TrackingToken>> storedTokens(String processorName) {
        Map<Integer, Optional<TrackingToken>> stored = new TreeMap<>();
        for (Document token : tokens.find(eq("processor", processorName))) {
            stored.put(token.getInteger("segment"), Optional.ofNullable(readToken(token)));
        }
        return stored;
    }

    /** {@link #storedTokens(String)} of every processor, in one read. */
    public Map<String, Map<Integer, Optional<TrackingToken>>> storedTokens() {
        Map<String, Map<Integer, Optional<TrackingToken>>> stored = new TreeMap<>();
        for (Document token : tokens.find()) {
            String processor = token.getString("processor");
            if (processor != null) {
                stored.computeIfAbsent(processor, name -> new TreeMap<>())
                      .put(token.getInteger("segment"), Optional.ofNullable(readToken(token)));
            }
        }
        return stored;
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        Document identity = tokens.findOneAndUpdate(
                eq("_id", STORAGE_ID), Updates.setOnInsert("identifier", UUID.randomUUID().toString()),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(identity).map(document -> document.getString("identifier"));
    }

    private Bson claimable(String processorName, int segment) {
        return and(eq("_id", id(processorName, segment)),
                   or(eq("owner", null), eq("owner", owner), lt("claimedAt", now() - claimTimeout.toMillis())));
    }

    private Bson ownedByMe(String processorName, int segment) {
        return and(eq("_id", id(processorName, segment)), eq("owner", owner));
    }

    private long now() {
        return clock.millis();
    }

    private Document tokenDocument(TrackingToken token, String processorName, int segment) {
        Document document = new Document("_id", id(processorName, segment)).append("processor", processorName)
                                                                            .append("segment", segment);
        if (token == null) {
            return document.append("tokenType", null).append("token", null);
        }
        SerializedObject<JsonNode> serialized = serializer.serialize(token, JsonNode.class);
        return document.append("tokenType", serialized.getType().getName())
                       .append("token", BsonJson.toBson(serialized.getData()));
    }

    private TrackingToken readToken(Document document) {
        String type = document.getString("tokenType");
        if (type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(BsonJson.toJson(document.get("token")),
                                                                   JsonNode.class, type, null));
    }
}
