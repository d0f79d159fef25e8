package org.yishi.command.deadline;

import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * One scheduled deadline as its document in {@code deadlines}: the scope, payload and metadata as the serializer's
 * JSON text (a deadline lives days at most and is deleted once handled, so it needs no upcasting and no BSON form),
 * and the due time as a date, rounded up to the millisecond so that it never fires early.
 */
record StoredDeadline(String id, String name, String scopeType, String scope, String payloadType,
                      String payloadRevision, String payload, String metaData, Instant due) {

    static final String NAME = "name";
    static final String SCOPE_TYPE = "scopeType";
    static final String SCOPE = "scope";
    static final String DUE = "due";

    /** The deadline without its scope yet: an aggregate's identifier may be known only once its events apply. */
    static StoredDeadline of(String id, DeadlineMessage<?> message, Serializer serializer) {
        SerializedObject<String> payload = message.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = message.serializeMetaData(serializer, String.class);
        return new StoredDeadline(id, message.getDeadlineName(), null, null, payload.getType().getName(),
                                  payload.getType().getRevision(), payload.getData(), metaData.getData(),
                                  roundUp(message.getTimestamp()));
    }

    StoredDeadline in(ScopeDescriptor scope, Serializer serializer) {
        SerializedObject<String> stored = serializer.serialize(storable(scope), String.class);
        return new StoredDeadline(id, name, stored.getType().getName(), stored.getData(), payloadType,
                                  payloadRevision, payload, metaData, due);
    }

    /**
     * The scope as it will be read back. An aggregate's scope holds its identifier object (a {@code SessionId}), which
     * JSON would read back as a map; Axon's repositories load the aggregate by the identifier's text, so that is what
     * is kept.
     */
    static ScopeDescriptor storable(ScopeDescriptor scope) {
        if (scope instanceof AggregateScopeDescriptor aggregate) {
            return new AggregateScopeDescriptor(aggregate.getType(), aggregate.getIdentifier().toString());
        }
        return scope;
    }

    private static Instant roundUp(Instant at) {
        Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
        return millis.equals(at) ? at : millis.plusMillis(1);
    }

    static StoredDeadline from(Document document) {
        return new StoredDeadline(document.getString("_id"), document.getString(NAME), document.getString(SCOPE_TYPE),
                                  document.getString(SCOPE), document.getString("payloadType"),
                                  document.getString("payloadRevision"), document.getString("payload"),
                                  document.getString("metaData"), document.getDate(DUE).toInstant());
    }

    Document toDocument() {
        return new Document("_id", id).append(NAME, name)
                                      .append(SCOPE_TYPE, scopeType).append(SCOPE, scope)
                                      .append("payloadType", payloadType).append("payloadRevision", payloadRevision)
                                      .append("payload", payload).append("metaData", metaData)
                                      .append(DUE, Date.from(due));
    }

    ScopeDescriptor scope(Serializer serializer) {
        return serializer.deserialize(new SimpleSerializedObject<>(scope, String.class, scopeType, null));
    }

    /** The deadline message as it was scheduled, with its identifier, and stamped with the time it was due. */
    DeadlineMessage<?> message(Serializer serializer) {
        Object payloadObject = serializer.deserialize(new SimpleSerializedObject<>(payload, String.class, payloadType,
                                                                                   payloadRevision));
        MetaData meta = serializer.deserialize(new SimpleSerializedObject<>(metaData, String.class,
                                                                            MetaData.class.getName(), null));
        return new GenericDeadlineMessage<>(name, id, payloadObject, meta, due);
    }
}
