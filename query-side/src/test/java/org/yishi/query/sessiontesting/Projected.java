package org.yishi.query.sessiontesting;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.yishi.command.api.EventMetadata;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Hands events to a projection the way a processor does: through its annotated handlers, with the global position in
 * the metadata and the append time as the message's timestamp.
 */
public final class Projected {

    private final AnnotationEventHandlerAdapter handlers;

    public Projected(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    public void event(DeliberationDay.Positioned event) {
        event(event.event(), event.position(), event.appendedAt());
    }

    public void event(Object event, long position, Instant appendedAt) {
        try {
            handlers.handle(new GenericEventMessage<>(UUID.randomUUID().toString(), event,
                                                          Map.of(EventMetadata.GLOBAL_POSITION, position),
                                                          appendedAt));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
