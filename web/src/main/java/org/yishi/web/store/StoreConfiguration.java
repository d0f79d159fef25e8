package org.yishi.web.store;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.yishi.command.eventstore.ChainMigration;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.MongoCommitStorageEngine;
import org.yishi.command.eventstore.MongoTokenStore;

import java.time.Clock;
import java.time.Duration;

/** Wires the store: MongoDB or the embedded server, Yishi's event storage engine and token store. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreProperties.class, HealthProperties.class})
class StoreConfiguration {

    /** Polling interval for events appended by other nodes; local appends wake readers at once. */
    private static final long FETCH_DELAY_MILLIS = 100;

    @Bean(destroyMethod = "close")
    StoreConnection storeConnection(StoreProperties properties) {
        return StoreConnection.open(properties);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreConnection connection) {
        return MongoClients.create(connection.connectionString());
    }

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, StoreProperties properties) {
        String database = properties.usesEmbedded() ? null : new ConnectionString(properties.uri()).getDatabase();
        return client.getDatabase(database == null ? properties.database() : database);
    }

    @Bean
    @Primary
    Serializer serializer() {
        return EventSerializers.jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return EventSerializers.jackson();
    }

    @Bean
    TransactionManager axonTransactionManager() {
        return NoTransactionManager.INSTANCE;
    }

    @Bean
    MongoCommitStorageEngine eventStorageEngine(MongoDatabase database, StoreProperties properties, MeterRegistry meters,
                                          Configuration configuration) {
        Serializer serializer = eventSerializer();
        EventStoreCollections collections = EventStoreCollections.in(database).ensureIndexes();
        // commits written before chaining are chained before anything is appended; resumable, and at once when done
        new ChainMigration(collections).run();
        return MongoCommitStorageEngine.builder()
                                       .collections(collections)
                                       .gapTimeout(properties.gapTimeout())
                                       .holdBack(properties.holdBack())
                                       .meterRegistry(meters)
                                       .eventSerializer(serializer)
                                       .snapshotSerializer(serializer)
                                       .upcasterChain(configuration.upcasterChain())
                                       .build();
    }

    @Bean
    EventStore eventStore(EventStorageEngine engine, Configuration configuration) {
        return EmbeddedEventStore.builder()
                                 .storageEngine(engine)
                                 .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                                 .fetchDelay(FETCH_DELAY_MILLIS)
                                 .build();
    }

    @Bean
    TokenStore tokenStore(MongoDatabase database) {
        return new MongoTokenStore(EventStoreCollections.in(database).tokens(), serializer(), Duration.ofSeconds(10),
                                   Clock.systemUTC());
    }
}
