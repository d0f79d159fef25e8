package org.yishi.web.records;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yishi.command.eventstore.ChainVerifier;
import org.yishi.command.eventstore.Checkpoints;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.web.store.StoreProperties;

import java.time.Clock;
import java.time.Duration;

/**
 * Verifiable records: the store's checkpoints and its verifier, and the periodic checkpoint
 * ({@code yishi.records.checkpoint-interval}, 10 minutes by default, 0 turns it off; every publication of a decision
 * or a convention records one as well).
 */
@Configuration(proxyBeanMethods = false)
class RecordsConfiguration {

    @Bean
    Checkpoints checkpoints(MongoDatabase database, StoreProperties store, Clock clock) {
        return new Checkpoints(EventStoreCollections.in(database), clock, store.gapTimeout());
    }

    @Bean
    ChainVerifier chainVerifier(MongoDatabase database) {
        return new ChainVerifier(EventStoreCollections.in(database));
    }

    @Bean(destroyMethod = "close")
    PeriodicCheckpoints periodicCheckpoints(Checkpoints checkpoints,
                                            @Value("${yishi.records.checkpoint-interval:10m}") Duration interval) {
        return new PeriodicCheckpoints(checkpoints, interval);
    }
}
