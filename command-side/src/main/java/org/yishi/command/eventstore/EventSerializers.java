package org.yishi.command.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The one serializer shape Yishi stores with: JSON trees, dates as ISO text, unknown fields tolerated on read, and
 * whole numbers in untyped places (metadata) read as {@code Long}, so that a metadata value has one type whatever
 * its size.
 */
public final class EventSerializers {

    private EventSerializers() {
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                                 .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                                 .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                                 .enable(DeserializationFeature.USE_LONG_FOR_INTS);
    }

    public static JacksonSerializer jackson() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }
}
