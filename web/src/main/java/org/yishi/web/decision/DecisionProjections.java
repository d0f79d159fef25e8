package org.yishi.web.decision;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.query.archive.ArchiveProjection;
import org.yishi.query.decisionpage.DecisionPageProjection;
import org.yishi.query.decisionpage.Provenances;
import org.yishi.query.followup.FollowUpProjection;
import org.yishi.query.reviewqueue.ReviewQueueProjection;

/** The decision projections this application runs, each in a pooled processor of its own. */
@Configuration(proxyBeanMethods = false)
class DecisionProjections {

    /**
     * The page reads its provenance from the proposal page, the minutes and the tally through the query bus, and folds
     * its timeline from the event store.
     */
    @Bean
    DecisionPageProjection decisionPageProjection(MongoDatabase database, QueryGateway queries, EventStore events) {
        return new DecisionPageProjection(database, new Provenances(queries, events));
    }

    @Bean
    ReviewQueueProjection reviewQueueProjection(MongoDatabase database) {
        return new ReviewQueueProjection(database);
    }

    @Bean
    FollowUpProjection followUpProjection(MongoDatabase database) {
        return new FollowUpProjection(database);
    }

    @Bean
    ArchiveProjection archiveProjection(MongoDatabase database) {
        return new ArchiveProjection(database);
    }

    @Autowired
    void processors(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessor(DecisionPageProjection.GROUP)
                  .registerPooledStreamingEventProcessor(ReviewQueueProjection.GROUP)
                  .registerPooledStreamingEventProcessor(FollowUpProjection.GROUP)
                  .registerPooledStreamingEventProcessor(ArchiveProjection.GROUP);
    }
}
