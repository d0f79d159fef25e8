package org.yishi.web.store;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.lifecycle.Phase;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.yishi.command.deadline.MongoDeadlineManager;

/**
 * Deadlines (a speaker's time, a vote closing, a public notice ending) kept in the store's {@code deadlines}
 * collection, so that they survive a restart and fire once across the nodes that share the store. Aggregates take
 * the {@link DeadlineManager} bean as a handler parameter.
 * <p>
 * Every node polls for due deadlines on the system clock, as the web's {@code Clock} is, so a command's {@code at}
 * and its deadline agree. The poller starts with Axon's inbound connectors, once the aggregates can take deadlines,
 * and stops before them; Spring's inferred {@code shutdown} stops it too, whichever comes first.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfiguration {

    @Bean
    MongoDeadlineManager deadlineManager(Configuration axon, MongoDatabase database, Serializer serializer,
                                         TransactionManager transactionManager, DeadlineProperties properties) {
        MongoDeadlineManager deadlines = MongoDeadlineManager.builder()
                                                             .deadlines(database.getCollection("deadlines"))
                                                             .serializer(serializer)
                                                             .scopeAwareProvider(axon.scopeAwareProvider())
                                                             .transactionManager(transactionManager)
                                                             .pollInterval(properties.pollInterval())
                                                             .claimTimeout(properties.claimTimeout())
                                                             .build();
        axon.onStart(Phase.INBOUND_EVENT_CONNECTORS, deadlines::start);
        axon.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, deadlines::shutdown);
        return deadlines;
    }
}
