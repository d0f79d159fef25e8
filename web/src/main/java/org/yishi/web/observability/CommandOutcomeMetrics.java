package org.yishi.web.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;

/**
 * Counts and times every command by its type and outcome: accepted, rejected by a rule, unauthorized, conflict
 * (another writer won; the gateway retries) or failed. Command types are a fixed set of classes; no tag names a
 * person, a community or an aggregate.
 */
@Component
class CommandOutcomeMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry meters;

    CommandOutcomeMetrics(MeterRegistry meters, CommandBus commandBus) {
        this.meters = meters;
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(meters);
        String outcome = "accepted";
        try {
            return chain.proceed();
        } catch (Unauthorized e) {
            outcome = "unauthorized";
            throw e;
        } catch (Rejection e) {
            outcome = "rejected";
            throw e;
        } catch (ConcurrencyException e) {
            outcome = "conflict";
            throw e;
        } catch (Exception | Error e) {
            outcome = "failed";
            throw e;
        } finally {
            sample.stop(Timer.builder("yishi.commands").description("Commands handled, by type and outcome")
                             .tag("command", command).tag("outcome", outcome).register(meters));
        }
    }
}
