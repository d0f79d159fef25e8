package org.yishi.web.motion;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.query.ballot.BallotProjection;
import org.yishi.query.meetingboard.MeetingBoardProjection;
import org.yishi.query.motionlist.MotionListProjection;
import org.yishi.query.tally.TallyProjection;

import java.util.List;

/**
 * The vote projections this application runs, each in a pooled processor of its own. Every ballot reaches each of
 * them, so they handle events in batches and their writes become durable with the token at the end of each batch.
 */
@Configuration(proxyBeanMethods = false)
class MotionProjections {

    private static final int BATCH = 100;

    @Bean
    BallotProjection ballotProjection(MongoDatabase database) {
        return new BallotProjection(database);
    }

    @Bean
    MotionListProjection motionListProjection(MongoDatabase database) {
        return new MotionListProjection(database);
    }

    @Bean
    TallyProjection tallyProjection(MongoDatabase database) {
        return new TallyProjection(database);
    }

    /**
     * A session's board shows its motions, which are aggregates of their own: its update log stays in position order
     * only if the board's processor takes every event in the store's order, instead of one sequence per aggregate.
     */
    @Autowired
    void processors(EventProcessingConfigurer processing) {
        for (String group : List.of(BallotProjection.GROUP, MotionListProjection.GROUP, TallyProjection.GROUP)) {
            processing.registerPooledStreamingEventProcessor(group, org.axonframework.config.Configuration::eventStore,
                                                             (configuration, builder) -> builder.batchSize(BATCH));
        }
        processing.registerSequencingPolicy(MeetingBoardProjection.GROUP, configuration -> new SequentialPolicy());
    }
}
