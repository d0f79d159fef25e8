package org.yishi.web.observability;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.api.Rejection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts what a log line is about into the logging context (MDC) while a message is handled: the command's id and
 * type while a command handler runs, the event's global position, id and the processor while an event handler
 * runs. What was there before is put back afterwards, so a command sent from an event handler on the same thread
 * leaves the event's context intact. The JSON log formats carry the MDC; the plain pattern shows it in brackets.
 * A command that fails for another reason than a refusal or a conflict, and an event handler that fails, are logged
 * here, inside that context: the processor's own retry log comes after the context is gone.
 */
@Component
public class LogContext {

    private static final Logger log = LoggerFactory.getLogger(LogContext.class);

    public static final String COMMAND_ID = "commandId";
    public static final String COMMAND_TYPE = "commandType";
    public static final String EVENT_POSITION = "eventPosition";
    public static final String EVENT_ID = "eventId";
    public static final String PROCESSOR = "processor";

    LogContext(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(commands());
    }

    @Autowired
    void eventHandlersLogTheirEvent(EventProcessingConfigurer processing) {
        processing.registerDefaultHandlerInterceptor((configuration, processor) -> events(processor));
    }

    /** The command handler interceptor: command id and type. */
    public static MessageHandlerInterceptor<CommandMessage<?>> commands() {
        return (unitOfWork, chain) -> {
            CommandMessage<?> command = unitOfWork.getMessage();
            Map<String, String> context = new LinkedHashMap<>();
            context.put(COMMAND_ID, command.getIdentifier());
            context.put(COMMAND_TYPE, command.getPayloadType().getSimpleName());
            return within(context, () -> {
                try {
                    return chain.proceed();
                } catch (Rejection | ConcurrencyException expected) {
                    throw expected;
                } catch (Exception | Error failed) {
                    log.warn("命令处理失败 / Command failed: {}", failed.toString());
                    throw failed;
                }
            });
        };
    }

    /** The event handler interceptor of one processor: the event's own global position, its id, the processor. */
    public static MessageHandlerInterceptor<EventMessage<?>> events(String processor) {
        return new MessageHandlerInterceptor<>() {
            @Override
            public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                    throws Exception {
                EventMessage<?> event = unitOfWork.getMessage();
                Map<String, String> context = new LinkedHashMap<>();
                String position = positionOf(event);
                if (position != null) {
                    context.put(EVENT_POSITION, position);
                }
                context.put(EVENT_ID, event.getIdentifier());
                context.put(PROCESSOR, processor);
                return within(context, () -> {
                    try {
                        return chain.proceed();
                    } catch (Exception | Error failed) {
                        log.warn("事件处理失败，处理器将在此事件重试 / Event handler failed; the processor retries at "
                                 + "this event: {}", failed.toString());
                        throw failed;
                    }
                });
            }
        };
    }

    private static String positionOf(EventMessage<?> event) {
        Object own = event.getMetaData().get(EventMetadata.GLOBAL_POSITION);
        if (own != null) {
            return own.toString();
        }
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            var position = tracked.trackingToken().position();
            return position.isPresent() ? Long.toString(position.getAsLong()) : null;
        }
        return null;
    }

    private static Object within(Map<String, String> context, InterceptorChain chain) throws Exception {
        // the failure is logged inside, while the context still says which command or event it was
        Map<String, String> previous = new LinkedHashMap<>();
        context.forEach((key, value) -> {
            previous.put(key, MDC.get(key));
            MDC.put(key, value);
        });
        try {
            return chain.proceed();
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    MDC.remove(key);
                } else {
                    MDC.put(key, value);
                }
            });
        }
    }
}
