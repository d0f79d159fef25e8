package org.yishi.web.store;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import com.mongodb.MongoException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Commands that lost a race with another node (a {@link ConcurrencyException}) are retried on a fresh load of the
 * aggregate; everything else, rejections included, is reported to the caller at once.
 */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

    private static final int RETRIES = 3;
    private static final int RETRY_INTERVAL_MILLIS = 50;

    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        IntervalRetryScheduler retries = IntervalRetryScheduler
                .builder()
                .retryExecutor(commandRetryExecutor)
                .retryInterval(RETRY_INTERVAL_MILLIS)
                .maxRetryCount(RETRIES)
                // Axon asks this of the failure and of each of its causes; a lost race's cause is the store's
                // duplicate-key error, so that must not count as final either, or the race is never retried
                .nonTransientFailurePredicate(failure -> !(failure instanceof ConcurrencyException
                                                           || failure instanceof MongoException))
                .build();
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retries).build();
    }
}
