package org.yishi.command.session;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a running session's commands are handled quickly, one after the other.
 * <ul>
 *     <li>{@code sessionCache}: the aggregate stays in memory between commands instead of being replayed from its
 *     events each time (a deliberation day reaches thousands of events). Safe with several nodes: a node whose copy is
 *     behind tries to append at a sequence another node has taken, the store's unique commit key refuses it, the unit
 *     of work rolls back and Axon drops the cached copy, and the command gateway retries on a fresh load.</li>
 *     <li>{@code sessionLockFactory}: commands for one session wait for its lock. Axon's default lock retries every
 *     10 ms and checks for deadlocks on every retry, which with dozens of phones waiting spends the processor on
 *     waiting; retrying every 50 ms keeps the same 60 s limit with a fifth of the checks.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionCaching {

    @Bean
    Cache sessionCache() {
        return new WeakReferenceCache();
    }

    @Bean
    LockFactory sessionLockFactory() {
        return PessimisticLockFactory.builder().lockAttemptTimeout(50).acquireAttempts(1200).build();
    }
}
