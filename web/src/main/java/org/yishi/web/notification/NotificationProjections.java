package org.yishi.web.notification;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.query.notifications.NotificationsProjection;

/** The in-app notifications this application keeps. */
@Configuration(proxyBeanMethods = false)
class NotificationProjections {

    @Bean
    NotificationsProjection notificationsProjection(MongoDatabase database) {
        return new NotificationsProjection(database);
    }

    /**
     * Who is notified depends on other aggregates' events (who holds a role, who proposed what), so the processor
     * takes every event in the store's order rather than one sequence per aggregate.
     */
    @Autowired
    void processor(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessor(NotificationsProjection.GROUP)
                  .registerSequencingPolicy(NotificationsProjection.GROUP, configuration -> new SequentialPolicy());
    }
}
