package org.yishi.command.deadline;

import com.mongodb.client.MongoCollection;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.AbstractDeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.DefaultDeadlineManagerSpanFactory;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.tracing.NoOpSpanFactory;
import org.axonframework.tracing.Span;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Axon deadlines kept in MongoDB, so that they survive a restart and fire once however many nodes share the store.
 * <p>
 * {@code schedule} stores one document in {@code deadlines}; inside a unit of work it does so in the prepare-commit
 * phase, as Axon's own deadline managers do, so that a command that fails schedules nothing and the deadline is
 * stored after the events applied before it. The command is acknowledged only once the deadline is stored. A poller
 * thread on every node claims each due deadline with one atomic update, dispatches it into its scope (an aggregate
 * or a saga) in a unit of work of its own, then deletes it. A claim older than the claim timeout belongs to a node
 * that died mid-dispatch and is taken over; a failed dispatch is logged and tried again later.
 * <p>
 * Delivery is at least once: a node that stops between a handled deadline and its deletion, or that takes longer
 * than the claim timeout, lets another node dispatch it again. Deadline handlers therefore check that what they end
 * is still running, as the session's speaking time does.
 */
public class MongoDeadlineManager extends AbstractDeadlineManager implements Lifecycle {

    private static final Logger logger = LoggerFactory.getLogger(MongoDeadlineManager.class);
    private static final int BATCH = 100;

    private final DeadlineStore store;
    private final Serializer serializer;
    private final DeadlineManagerSpanFactory spanFactory;
    private final DeadlineDispatcher dispatcher;
    private final Clock clock;
    private final String node;
    private final Duration pollInterval;
    private final Duration claimTimeout;
    private final AtomicReference<ScheduledExecutorService> poller = new AtomicReference<>();
    private volatile boolean stopping;
    private boolean storeAway;

    protected MongoDeadlineManager(Builder builder) {
        this.store = new DeadlineStore(Objects.requireNonNull(builder.deadlines, "The deadlines collection"));
        this.serializer = Objects.requireNonNull(builder.serializer, "The serializer");
        this.spanFactory = builder.spanFactory;
        this.clock = builder.clock;
        this.node = builder.node;
        this.pollInterval = builder.pollInterval;
        this.claimTimeout = builder.claimTimeout;
        this.dispatcher = new DeadlineDispatcher(
                store, Objects.requireNonNull(builder.scopeAwareProvider, "The scope-aware provider"), serializer,
                builder.transactionManager, spanFactory, handlerInterceptors(), clock, builder.backoff, node);
        store.ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        DeadlineMessage<Object> message =
                GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload, triggerDateTime);
        String id = message.getIdentifier();
        Span span = spanFactory.createScheduleSpan(deadlineName, id, message);
        // serialized at once, so that a payload that cannot be stored fails the handler before anything is stored
        StoredDeadline deadline = StoredDeadline.of(id, processDispatchInterceptors(message), serializer);
        Runnable insert = span.wrapRunnable(() -> store.insert(deadline.in(deadlineScope, serializer)));
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> {
                insert.run();
                // a later prepare-commit step (such as appending the events) failed: the command schedules nothing
                unitOfWork.onRollback(rolledBack -> store.delete(id));
            });
        } else {
            insert.run();
        }
        return id;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        Span span = spanFactory.createCancelScheduleSpan(deadlineName, scheduleId);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> store.delete(deadlineName, scheduleId)));
    }

    @Override
    public void cancelAll(String deadlineName) {
        Span span = spanFactory.createCancelAllSpan(deadlineName);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> store.deleteAll(deadlineName)));
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        Span span = spanFactory.createCancelAllWithinScopeSpan(deadlineName, scope);
        runOnPrepareCommitOrNow(span.wrapRunnable(() -> {
            SerializedObject<String> stored = serializer.serialize(StoredDeadline.storable(scope), String.class);
            store.deleteAll(deadlineName, stored.getType().getName(), stored.getData());
        }));
    }

    @Override
    public void registerLifecycleHandlers(LifecycleRegistry lifecycle) {
        lifecycle.onStart(Phase.INBOUND_EVENT_CONNECTORS, this::start);
        lifecycle.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, this::shutdown);
    }

    /** Starts this node's poller; calling it again while it runs does nothing. */
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "deadlines-" + node);
            thread.setDaemon(true);
            return thread;
        });
        if (poller.compareAndSet(null, executor)) {
            stopping = false;
            executor.scheduleWithFixedDelay(this::pollLogged, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            executor.shutdown();
        }
    }

    /**
     * Stops the poller after the deadline being dispatched, if any; the deadlines stay stored for the next node to
     * start. A dispatch that does not finish in time is left to the claim timeout.
     */
    @Override
    public void shutdown() {
        ScheduledExecutorService executor = poller.getAndSet(null);
        if (executor == null) {
            return;
        }
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                logger.warn("A deadline was still being dispatched at shutdown; another node takes it over after {}",
                            claimTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls, logging a store that cannot be reached once when it goes away and once when it is back. */
    private void pollLogged() {
        try {
            pollOnce();
            if (storeAway) {
                storeAway = false;
                logger.info("Looking for due deadlines again");
            }
        } catch (RuntimeException e) {
            if (!storeAway) {
                storeAway = true;
                logger.warn("Could not look for due deadlines; trying again every {}", pollInterval, e);
            } else {
                logger.debug("Still cannot look for due deadlines", e);
            }
        }
    }

    /** Claims and dispatches the deadlines due now; returns how many this node dispatched. */
    int pollOnce() {
        int dispatched = 0;
        for (String id : store.claimable(clock.instant(), claimTimeout, BATCH)) {
            if (stopping) {
                break;
            }
            String token = UUID.randomUUID().toString();
            Optional<Document> claimed = store.claim(id, node, token, clock.instant(), claimTimeout);
            if (claimed.isPresent()) {
                dispatcher.dispatch(claimed.get(), token);
                dispatched++;
            }
        }
        return dispatched;
    }

    /** Builds a {@link MongoDeadlineManager}; the collection, the scope-aware provider and the serializer are required. */
    public static class Builder {

        private MongoCollection<Document> deadlines;
        private ScopeAwareProvider scopeAwareProvider;
        private Serializer serializer;
        private TransactionManager transactionManager = NoTransactionManager.INSTANCE;
        private DeadlineManagerSpanFactory spanFactory =
                DefaultDeadlineManagerSpanFactory.builder().spanFactory(NoOpSpanFactory.INSTANCE).build();
        private Clock clock = Clock.systemUTC();
        private String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        private Duration pollInterval = Duration.ofMillis(250);
        private Duration claimTimeout = Duration.ofMinutes(1);
        private RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

        public Builder deadlines(MongoCollection<Document> deadlines) {
            this.deadlines = deadlines;
            return this;
        }

        public Builder scopeAwareProvider(ScopeAwareProvider scopeAwareProvider) {
            this.scopeAwareProvider = scopeAwareProvider;
            return this;
        }

        public Builder serializer(Serializer serializer) {
            this.serializer = serializer;
            return this;
        }

        public Builder transactionManager(TransactionManager transactionManager) {
            this.transactionManager = Objects.requireNonNull(transactionManager);
            return this;
        }

        public Builder spanFactory(DeadlineManagerSpanFactory spanFactory) {
            this.spanFactory = Objects.requireNonNull(spanFactory);
            return this;
        }

        /** The clock that decides when a deadline is due; the system clock unless a test moves time itself. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** This node's name in the claims it writes. */
        public Builder node(String node) {
            this.node = Objects.requireNonNull(node);
            return this;
        }

        public Builder pollInterval(Duration pollInterval) {
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("The poll interval must be positive");
            }
            this.pollInterval = pollInterval;
            return this;
        }

        /** How long a claim protects a deadline being dispatched; longer than any deadline handler takes. */
        public Builder claimTimeout(Duration claimTimeout) {
            if (claimTimeout.isNegative() || claimTimeout.isZero()) {
                throw new IllegalArgumentException("The claim timeout must be positive");
            }
            this.claimTimeout = claimTimeout;
            return this;
        }

        /** The wait before a failed deadline is tried again: {@code first}, doubling up to {@code longest}. */
        public Builder retryBackoff(Duration first, Duration longest) {
            this.backoff = new RetryBackoff(first, longest);
            return this;
        }

        public MongoDeadlineManager build() {
            return new MongoDeadlineManager(this);
        }
    }
}
