package org.yishi.command.decision;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.Message;
import org.yishi.command.access.CommunityAccess;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.eventstore.EventSerializers;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One application node's Axon over a shared embedded store: its own engine and token store, the decision aggregate,
 * and the recording policy on its own tracking processor, whose failures stop it at the event (as in the
 * application) instead of being skipped.
 */
final class DecisionNode implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Configuration axon;

    DecisionNode(EmbeddedStore store) {
        KnownCommunities communities = DecisionFixtures.communities();
        axon = DefaultConfigurer
                .defaultConfiguration()
                .configureSerializer(c -> EventSerializers.jackson())
                .configureEventStore(c -> EmbeddedEventStore.builder().storageEngine(store.engine()).fetchDelay(50)
                                                            .build())
                .configureAggregate(Decision.class)
                .registerComponent(CommunityAccess.class, c -> communities)
                .registerComponent(CommunityRegisters.class, c -> communities)
                .eventProcessing(processing -> processing
                        .registerTokenStore(c -> store.tokenStore())
                        .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                        .registerEventHandler(c -> new DecisionRecording(c.eventStore(), c.commandGateway()))
                        .registerTrackingEventProcessor(DecisionRecording.GROUP))
                .buildConfiguration();
        axon.start();
    }

    CommandGateway commands() {
        return axon.commandGateway();
    }

    StreamingEventProcessor processor() {
        return axon.eventProcessingConfiguration()
                   .eventProcessor(DecisionRecording.GROUP, StreamingEventProcessor.class).orElseThrow();
    }

    /** Appends events as the aggregate of that type would have stored them, from {@code firstSequence} on. */
    void store(String type, String aggregate, long firstSequence, Object... events) {
        long sequence = firstSequence;
        for (Object event : events) {
            axon.eventStore().publish(new GenericDomainEventMessage<>(type, aggregate, sequence++, event));
        }
    }

    List<Object> eventsOf(DecisionId decision) {
        return axon.eventStore().readEvents(decision.value()).asStream().map(Message::getPayload)
                   .map(Object.class::cast).toList();
    }

    /** Waits until the policy has recorded {@code decision}. */
    void awaitRecorded(DecisionId decision) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        BooleanSupplier recorded = () -> !eventsOf(decision).isEmpty();
        while (!recorded.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for decision " + decision + " to be recorded");
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
        axon.shutdown();
    }
}
