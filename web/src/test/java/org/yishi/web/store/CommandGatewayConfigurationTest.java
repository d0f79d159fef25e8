package org.yishi.web.store;

import com.mongodb.MongoException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application's command gateway retries a race lost to another node, and nothing else. */
class CommandGatewayConfigurationTest {

    record Vote(String voter) {
    }

    private final CommandGatewayConfiguration configuration = new CommandGatewayConfiguration();
    private final ScheduledExecutorService retries = configuration.commandRetryExecutor();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandGateway gateway = configuration.commandGateway(bus, retries);
    private final AtomicInteger attempts = new AtomicInteger();

    @AfterEach
    void stop() {
        retries.shutdownNow();
    }

    @Test
    void aCommandThatLostARaceToTheStoresUniqueKeyIsRetriedOnAFreshLoad() {
        bus.subscribe(Vote.class.getName(), command -> {
            if (attempts.incrementAndGet() < 3) {
                throw new ConcurrencyException("An event for aggregate [m-1] at sequence [4] was already inserted",
                                               new MongoException(11000, "E11000 duplicate key error"));
            }
            return "counted";
        });

        assertThat((String) gateway.sendAndWait(new Vote("li-hua"))).isEqualTo("counted");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aRejectionIsReportedAtOnce() {
        bus.subscribe(Vote.class.getName(), command -> {
            attempts.incrementAndGet();
            throw new Rejection("表决已结束", "The vote is closed");
        });

        assertThatThrownBy(() -> gateway.sendAndWait(new Vote("li-hua"))).isInstanceOf(Rejection.class);
        assertThat(attempts).hasValue(1);
    }
}
