package org.yishi.web.search;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.yishi.query.search.ArchiveSearchProjection;
import org.yishi.query.search.IndexTokenStore;
import org.yishi.query.search.SearchIndex;

/**
 * The archive search on this node: its Lucene index, the projection that writes it and answers searches, and a
 * tracking processor of one thread whose token lives in the index ({@link IndexTokenStore}), so that every node
 * follows the whole stream into its own index and a lost index is rebuilt from the first event.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    /** Events handled per Lucene commit while catching up; a live stream commits after every few events. */
    static final int BATCH_SIZE = 500;

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties) {
        return SearchIndex.open(properties.directory(), properties.rebuild());
    }

    @Bean
    ArchiveSearchProjection archiveSearchProjection(SearchIndex index, EventStore events) {
        return new ArchiveSearchProjection(index, events);
    }

    @Autowired
    void processor(EventProcessingConfigurer processing, ObjectProvider<SearchIndex> index) {
        processing.registerTrackingEventProcessor(
                          ArchiveSearchProjection.GROUP, Configuration::eventStore,
                          configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                              .andBatchSize(BATCH_SIZE))
                  .registerTokenStore(ArchiveSearchProjection.GROUP,
                                      configuration -> new IndexTokenStore(index.getObject(),
                                                                          configuration.serializer()));
    }
}
