package org.yishi.web.store;

import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The deadline manager the session aggregate's handlers ask for (a speaker's time running out). Under Spring, Axon
 * resolves a handler's {@link DeadlineManager} parameter from the beans, so one must be defined. Stopgap: an
 * in-memory manager per node, so a node that stops loses the deadlines it held; whoever owns the command side's
 * wiring should replace it with a persistent one (or confirm this is enough).
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    DeadlineManager deadlineManager(org.axonframework.config.Configuration configuration) {
        return SimpleDeadlineManager.builder().scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                                    .build();
    }
}
