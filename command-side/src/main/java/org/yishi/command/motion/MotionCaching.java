package org.yishi.command.motion;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How a vote of thousands takes its ballots quickly, one after the other, as a session does (see
 * {@code SessionCaching}): {@code motionCache} keeps the motion in memory between ballots instead of replaying every
 * ballot for the next one, safe across nodes because a stale copy's append collides on the store's commit key and is
 * retried on a fresh load; {@code motionLockFactory} lets waiting ballots retry the lock every 50 ms for up to 60 s.
 */
@Configuration(proxyBeanMethods = false)
class MotionCaching {

    @Bean
    Cache motionCache() {
        return new WeakReferenceCache();
    }

    @Bean
    LockFactory motionLockFactory() {
        return PessimisticLockFactory.builder().lockAttemptTimeout(50).acquireAttempts(1200).build();
    }
}
