package org.yishi.web.store;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * A handler that fails stops its processor at that event, which is retried with back-off, instead of Axon's
 * default of logging the failure and moving on: a projection or a saga must never silently miss an event.
 */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

    @Autowired
    void failuresStopTheProcessor(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
