package org.yishi.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.yishi.command.api.EventMetadata;

import java.time.Instant;
import java.util.Date;

/**
 * One event as it sits inside a commit document: {@code {id, seq, type, rev, ts, payload, meta}}.
 * The aggregate fields live on the commit, not on every event.
 */
record StoredEvent(String aggregateType, String aggregateId, long sequenceNumber, String eventIdentifier,
                   Instant timestamp, String payloadType, String payloadRevision, JsonNode payload,
                   JsonNode metaData) implements DomainEventData<JsonNode> {

    static final String ID = "id";
    static final String SEQUENCE = "seq";
    static final String PAYLOAD_TYPE = "type";
    static final String REVISION = "rev";
    static final String TIMESTAMP = "ts";
    static final String PAYLOAD = "payload";
    static final String META_DATA = "meta";

    static StoredEvent serialize(EventMessage<?> event, Serializer serializer) {
        SerializedObject<JsonNode> payload = event.serializePayload(serializer, JsonNode.class);
        SerializedObject<JsonNode> metaData = event.serializeMetaData(serializer, JsonNode.class);
        String aggregateType = null;
        String aggregateId = null;
        long sequence = 0;
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            aggregateType = domainEvent.getType();
            aggregateId = domainEvent.getAggregateIdentifier();
            sequence = domainEvent.getSequenceNumber();
        }
        return new StoredEvent(aggregateType, aggregateId, sequence, event.getIdentifier(), event.getTimestamp(),
                               payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                               metaData.getData());
    }

    Document toDocument(boolean domainEvent) {
        Document document = new Document(ID, eventIdentifier);
        if (domainEvent) {
            document.append(SEQUENCE, sequenceNumber);
        }
        return document.append(PAYLOAD_TYPE, payloadType)
                       .append(REVISION, payloadRevision)
                       .append(TIMESTAMP, Date.from(timestamp))
                       .append(PAYLOAD, BsonJson.toBson(payload))
                       .append(META_DATA, BsonJson.toBson(metaData));
    }

    static StoredEvent fromDocument(String aggregateType, String aggregateId, Document event) {
        Long sequence = event.getLong(SEQUENCE);
        return new StoredEvent(aggregateType, aggregateId, sequence == null ? 0L : sequence,
                               event.getString(ID), event.getDate(TIMESTAMP).toInstant(),
                               event.getString(PAYLOAD_TYPE), event.getString(REVISION),
                               BsonJson.toJson(event.get(PAYLOAD)), BsonJson.toJson(event.get(META_DATA)));
    }

    /** This event with its global position added to its metadata, as handlers downstream need it. */
    StoredEvent atPosition(long position) {
        ObjectNode withPosition = metaData.isObject() ? ((ObjectNode) metaData).deepCopy()
                                                      : JsonNodeFactory.instance.objectNode();
        withPosition.put(EventMetadata.GLOBAL_POSITION, position);
        return new StoredEvent(aggregateType, aggregateId, sequenceNumber, eventIdentifier, timestamp, payloadType,
                               payloadRevision, payload, withPosition);
    }

    /** The shape Axon's tracking readers expect: domain events keep their aggregate, others do not. */
    TrackedEventData<JsonNode> tracked(TrackingToken token) {
        if (aggregateId != null) {
            return new TrackedDomainEventData<>(token, this);
        }
        return new TrackedPlainEvent(token, this);
    }

    @Override
    public String getType() {
        return aggregateType;
    }

    @Override
    public String getAggregateIdentifier() {
        return aggregateId;
    }

    @Override
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    @Override
    public String getEventIdentifier() {
        return eventIdentifier;
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }

    @Override
    public SerializedObject<JsonNode> getMetaData() {
        return new SimpleSerializedObject<>(metaData, JsonNode.class, MetaData.class.getName(), null);
    }

    @Override
    public SerializedObject<JsonNode> getPayload() {
        return new SimpleSerializedObject<>(payload, JsonNode.class, payloadType, payloadRevision);
    }

    private record TrackedPlainEvent(TrackingToken trackingToken, StoredEvent event)
            implements TrackedEventData<JsonNode> {

        @Override
        public String getEventIdentifier() {
            return event.eventIdentifier();
        }

        @Override
        public Instant getTimestamp() {
            return event.timestamp();
        }

        @Override
        public SerializedObject<JsonNode> getMetaData() {
            return event.getMetaData();
        }

        @Override
        public SerializedObject<JsonNode> getPayload() {
            return event.getPayload();
        }
    }
}
