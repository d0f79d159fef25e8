package org.yishi.command.deadline;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineException;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.tracing.Span;
import org.axonframework.tracing.SpanScope;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Dispatches a deadline this node has claimed into its scope, then deletes it, or gives it back to be tried again
 * after a backoff if its handler failed.
 */
final class DeadlineDispatcher {

    private static final Logger logger = LoggerFactory.getLogger(DeadlineDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final DeadlineStore store;
    private final ScopeAwareProvider scopeAwareProvider;
    private final Serializer serializer;
    private final TransactionManager transactionManager;
    private final DeadlineManagerSpanFactory spanFactory;
    private final List<MessageHandlerInterceptor<? super DeadlineMessage<?>>> interceptors;
    private final Clock clock;
    private final RetryBackoff backoff;
    private final String node;

    /** {@code interceptors} is the manager's live view of its handler interceptors. */
    DeadlineDispatcher(DeadlineStore store, ScopeAwareProvider scopeAwareProvider, Serializer serializer,
                       TransactionManager transactionManager, DeadlineManagerSpanFactory spanFactory,
                       List<MessageHandlerInterceptor<? super DeadlineMessage<?>>> interceptors, Clock clock,
                       RetryBackoff backoff, String node) {
        this.store = store;
        this.scopeAwareProvider = scopeAwareProvider;
        this.serializer = serializer;
        this.transactionManager = transactionManager;
        this.spanFactory = spanFactory;
        this.interceptors = interceptors;
        this.clock = clock;
        this.backoff = backoff;
        this.node = node;
    }

    /** Dispatches the deadline in {@code claimed}, the document as this node's claim with {@code token} left it. */
    void dispatch(Document claimed, String token) {
        StoredDeadline deadline = StoredDeadline.from(claimed);
        int attempt = claimed.get(DeadlineStore.ATTEMPTS, Number.class).intValue();
        Throwable failure = handle(deadline);
        if (failure == null) {
            store.handled(deadline.id(), token);
            return;
        }
        Instant retryAt = clock.instant().plus(backoff.after(attempt));
        logger.warn("Deadline [{}] {} failed on attempt {} on {}; it will be tried again at {}", deadline.name(),
                    deadline.id(), attempt, node, retryAt, failure);
        store.retryAt(deadline.id(), token, retryAt, describe(failure));
    }

    /** Handles one deadline in its own unit of work, as Axon's deadline managers do; returns what failed, if any. */
    private Throwable handle(StoredDeadline deadline) {
        try {
            DeadlineMessage<?> message = deadline.message(serializer);
            ScopeDescriptor scope = deadline.scope(serializer);
            Span span = spanFactory.createExecuteSpan(deadline.name(), deadline.id(), message).start();
            try (SpanScope ignored = span.makeCurrent()) {
                UnitOfWork<DeadlineMessage<?>> unitOfWork = new DefaultUnitOfWork<>(message);
                unitOfWork.attachTransaction(transactionManager);
                InterceptorChain chain = new DefaultInterceptorChain<>(unitOfWork, interceptors, intercepted -> {
                    send(intercepted, scope);
                    return null;
                });
                ResultMessage<?> result = unitOfWork.executeWithResult(chain::proceed);
                if (result.isExceptional()) {
                    span.recordException(result.exceptionResult());
                    return result.exceptionResult();
                }
                return null;
            } finally {
                span.end();
            }
        } catch (RuntimeException e) {
            return e;
        }
    }

    /**
     * Sends the deadline to every component that handles its scope. None at all means this node cannot handle it
     * (yet): it is retried rather than dropped. A component that resolves the scope but no longer finds the aggregate
     * drops it, as Axon does.
     */
    private void send(DeadlineMessage<?> message, ScopeDescriptor scope) throws Exception {
        List<ScopeAware> components = scopeAwareProvider.provideScopeAwareStream(scope)
                                                        .filter(component -> component.canResolve(scope))
                                                        .toList();
        if (components.isEmpty()) {
            throw new DeadlineException("No component on this node handles " + scope.scopeDescription());
        }
        for (ScopeAware component : components) {
            component.send(message, scope);
        }
    }

    /** The failure and its root cause, which is usually what an operator needs (Axon wraps handler exceptions). */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == failure ? failure.toString() : failure + ", caused by " + root;
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
