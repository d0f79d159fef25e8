package org.yishi.web.store;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yishi.command.eventstore.MongoCommitStorageEngine;

/**
 * How many positions each processor is behind the store's head, as a gauge per processing group (a bounded set of
 * names, never per message or per user).
 */
@Component
class ProcessorLag {

    private final MongoCommitStorageEngine engine;
    private final EventProcessingConfiguration processing;
    private final MeterRegistry meters;

    ProcessorLag(MongoCommitStorageEngine engine, EventProcessingConfiguration processing, MeterRegistry meters) {
        this.engine = engine;
        this.processing = processing;
        this.meters = meters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("yishi.processor.lag.positions", streaming, this::positionsBehind)
                     .tag("processor", name)
                     .description("Global positions between the store's head and the processor's slowest segment")
                     .register(meters);
            }
        });
    }

    long positionsBehind(StreamingEventProcessor processor) {
        long head = engine.headPosition();
        long slowest = processor.processingStatus().values().stream()
                                .mapToLong(ProcessorLag::position).min().orElse(-1);
        return Math.max(0, head - slowest);
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }
}
