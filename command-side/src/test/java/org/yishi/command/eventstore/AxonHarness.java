package org.yishi.command.eventstore;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** An Axon configuration over the engine: the Tally aggregate and one streaming processor running a projection. */
final class AxonHarness implements AutoCloseable {

    static final String GROUP = "tallies";

    /** POOLED_IN_STORE_ORDER: one sequence for all events, as the meeting board's processor has. */
    enum ProcessorKind { TRACKING, POOLED, POOLED_IN_STORE_ORDER }

    final Configuration configuration;
    final TallyProjection projection = new TallyProjection();
    final MongoCommitStorageEngine engine;

    AxonHarness(TestStore store, Duration gapTimeout, ProcessorKind kind) {
        this(store, gapTimeout, Duration.ofSeconds(2), kind);
    }

    AxonHarness(TestStore store, Duration gapTimeout, Duration holdBack, ProcessorKind kind) {
        this(store, gapTimeout, holdBack, kind, WriteStall.NONE);
    }

    AxonHarness(TestStore store, Duration gapTimeout, Duration holdBack, ProcessorKind kind, WriteStall stall) {
        engine = store.engine(gapTimeout, holdBack, stall);
        MongoTokenStore tokenStore = store.tokenStore();
        configuration = DefaultConfigurer
                .defaultConfiguration()
                .configureSerializer(c -> EventSerializers.jackson())
                .configureEventStore(c -> EmbeddedEventStore.builder().storageEngine(engine)
                                                            .fetchDelay(50).build())
                .configureAggregate(Tally.class)
                .eventProcessing(processing -> {
                    processing.registerTokenStore(c -> tokenStore)
                              .registerEventHandler(c -> projection)
                              .assignHandlerInstancesMatching(GROUP, handler -> true);
                    if (kind == ProcessorKind.TRACKING) {
                        processing.registerTrackingEventProcessor(GROUP);
                    } else {
                        processing.registerPooledStreamingEventProcessor(GROUP);
                    }
                    if (kind == ProcessorKind.POOLED_IN_STORE_ORDER) {
                        processing.registerSequencingPolicy(GROUP, c -> new SequentialPolicy());
                    }
                })
                .buildConfiguration();
        configuration.start();
    }

    CommandGateway commands() {
        return configuration.commandGateway();
    }

    StreamingEventProcessor processor() {
        EventProcessor processor = configuration.eventProcessingConfiguration().eventProcessor(GROUP).orElseThrow();
        return (StreamingEventProcessor) processor;
    }

    static void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        configuration.shutdown();
    }
}
