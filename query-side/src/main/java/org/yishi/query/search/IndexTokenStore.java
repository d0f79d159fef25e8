package org.yishi.query.search;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.util.HashMap;
import java.util.Map;

/**
 * The search projection's token store: the token lives in the commit data of the index it describes, and storing it
 * commits the index. What the processor handled in a batch and how far it got are therefore durable together, and an
 * index directory that is lost takes its token with it, so the processor rebuilds it from the first event. Each node
 * keeps its own index, so the token is this node's alone: one segment, and no claims to share.
 */
public final class IndexTokenStore implements TokenStore {

    private static final String PROCESSOR = "token.processor";
    private static final String TYPE = "token.type";
    private static final String DATA = "token.data";

    private final SearchIndex index;
    private final Serializer serializer;

    public IndexTokenStore(SearchIndex index, Serializer serializer) {
        this.index = index;
        this.serializer = serializer;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        if (segmentCount != 1) {
            throw new UnableToInitializeTokenException("The search index is followed by one segment, not "
                                                       + segmentCount);
        }
        if (fetchSegments(processorName).length > 0) {
            throw new UnableToInitializeTokenException("The token of " + processorName + " is already initialized");
        }
        initializeSegment(initialToken, processorName, 0);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        store(token, processorName, segment);
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        requireOwn(processorName, segment);
        store(token, processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        requireOwn(processorName, segment);
        Map<String, String> data = index.commitData();
        String type = data.get(TYPE);
        if (type == null || type.isEmpty()) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(data.get(DATA), String.class, type, null));
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        requireOwn(processorName, segment);
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        // nobody else follows this node's index
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return processorName.equals(index.commitData().get(PROCESSOR)) ? new int[] {0} : new int[0];
    }

    private void store(TrackingToken token, String processorName, int segment) {
        if (segment != 0) {
            throw new UnableToClaimTokenException("The search index has one segment, not segment " + segment);
        }
        Map<String, String> data = new HashMap<>();
        data.put(PROCESSOR, processorName);
        if (token == null) {
            data.put(TYPE, "");
            data.put(DATA, "");
        } else {
            SerializedObject<String> serialized = serializer.serialize(token, String.class);
            data.put(TYPE, serialized.getType().getName());
            data.put(DATA, serialized.getData());
            token.position().ifPresent(position -> data.put(SearchIndex.POSITION, Long.toString(position)));
        }
        index.commit(data);
    }

    private void requireOwn(String processorName, int segment) {
        if (segment != 0 || !processorName.equals(index.commitData().get(PROCESSOR))) {
            throw new UnableToClaimTokenException("No token of " + processorName + " segment " + segment
                                                  + " in the search index");
        }
    }
}
