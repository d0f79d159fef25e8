package org.yishi.web.store;

import org.axonframework.config.Configuration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.springframework.context.annotation.Bean;

/**
 * Deadlines such as a speaker's time running out. Axon's Spring Boot set-up defines none without a scheduler library,
 * and aggregates that take a {@link DeadlineManager} in a handler need a bean.
 * <p>
 * {@link SimpleDeadlineManager} keeps deadlines in memory on the node that scheduled them and times them with the
 * system clock (so commands must carry system time, as the web's {@code Clock} does). A deadline scheduled on a node
 * that stops is lost: a speaker's turn then ends when the moderator ends it. The README's design notes say what a
 * durable deadline store would take.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    DeadlineManager deadlineManager(Configuration axon) {
        return SimpleDeadlineManager.builder().scopeAwareProvider(axon.scopeAwareProvider()).build();
    }
}
