package org.yishi.web.convention;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.query.conventionpage.ConventionPageProjection;
import org.yishi.query.conventiontext.ConventionTextQueries;

import java.time.Clock;

/** The convention page in a pooled processor of its own; the texts are read from the event store when asked. */
@Configuration(proxyBeanMethods = false)
class ConventionProjections {

    @Bean
    ConventionPageProjection conventionPageProjection(MongoDatabase database) {
        return new ConventionPageProjection(database);
    }

    @Bean
    ConventionTextQueries conventionTextQueries(EventStore events, Clock clock) {
        return new ConventionTextQueries(events, clock);
    }

    @Autowired
    void processors(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessor(ConventionPageProjection.GROUP);
    }
}
