package org.yishi.web.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.yaml.snakeyaml.Yaml;
import org.yishi.command.api.EventMetadata;

import java.io.InputStream;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class LogContextTest {

    record Ping(String text) {
    }

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void whileACommandIsHandledTheLogContextHoldsItsIdAndTypeAndAfterwardsNothing() {
        // given a command bus with the interceptor, and a handler that looks at the log context
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.registerHandlerInterceptor(LogContext.commands());
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        bus.subscribe(Ping.class.getName(), command -> {
            seen.set(new HashMap<>(MDC.getCopyOfContextMap()));
            return null;
        });
        GenericCommandMessage<Ping> ping = new GenericCommandMessage<>(new Ping("hi"));

        // when
        bus.dispatch(ping);

        // then
        assertThat(seen.get()).containsEntry(LogContext.COMMAND_ID, ping.getIdentifier())
                              .containsEntry(LogContext.COMMAND_TYPE, "Ping");
        assertThat(MDC.get(LogContext.COMMAND_ID)).isNull();
    }

    @Test
    void whileAnEventIsHandledTheLogContextHoldsItsOwnPositionNotTheTokensAndThenWhatWasThereBefore()
            throws Exception {
        // given an event delivered late: its own position 41, the token already at 57; a command's context around it
        var event = new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(57),
                                                     GenericEventMessage.asEventMessage("board changed")
                                                                        .andMetaData(MetaData.with(
                                                                                EventMetadata.GLOBAL_POSITION, 41L)));
        MDC.put(LogContext.COMMAND_ID, "outer-command");
        MDC.put(LogContext.EVENT_POSITION, "7");
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();

        // when the meeting board's interceptor runs its handler
        var unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.executeWithResult(() -> LogContext.events("meeting-board").handle(unitOfWork, () -> {
            seen.set(new HashMap<>(MDC.getCopyOfContextMap()));
            return null;
        }));

        // then
        assertThat(seen.get()).containsEntry(LogContext.EVENT_POSITION, "41")
                              .containsEntry(LogContext.EVENT_ID, event.getIdentifier())
                              .containsEntry(LogContext.PROCESSOR, "meeting-board")
                              .containsEntry(LogContext.COMMAND_ID, "outer-command");
        assertThat(MDC.get(LogContext.EVENT_POSITION)).isEqualTo("7");
        assertThat(MDC.get(LogContext.PROCESSOR)).isNull();
    }

    @Test
    void anEventWithoutItsOwnPositionIsLoggedWithItsTokensPosition() throws Exception {
        // given
        var event = new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(12),
                                                     GenericEventMessage.asEventMessage("x"));
        AtomicReference<String> seen = new AtomicReference<>();

        // when
        var unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.executeWithResult(() -> LogContext.events("p").handle(unitOfWork, () -> {
            seen.set(MDC.get(LogContext.EVENT_POSITION));
            return null;
        }));

        // then
        assertThat(seen.get()).isEqualTo("12");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePlainLogPatternShowsTheCommandAndThePositionOnlyWhenALineHasThem() throws Exception {
        // given the level pattern the application configures
        Map<String, Object> settings;
        try (InputStream yaml = getClass().getResourceAsStream("/application.yml")) {
            settings = new Yaml().load(yaml);
        }
        String level = ((Map<String, Map<String, String>>) settings.get("logging")).get("pattern").get("level");
        LoggerContext context = new LoggerContext();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(level + " %m");
        layout.start();

        // when lines are written with a command's context, an event's, and none
        String command = layout.doLayout(line(context, Map.of(LogContext.COMMAND_ID, "c-1")));
        String event = layout.doLayout(line(context, Map.of(LogContext.EVENT_POSITION, "41")));
        String plain = layout.doLayout(line(context, Map.of()));

        // then
        assertThat(command).isEqualTo(" WARN [command=c-1] refused");
        assertThat(event).isEqualTo(" WARN [position=41] refused");
        assertThat(plain).isEqualTo(" WARN refused");
    }

    private static LoggingEvent line(LoggerContext context, Map<String, String> mdc) {
        LoggingEvent line = new LoggingEvent(LogContextTest.class.getName(), context.getLogger("test"), Level.WARN,
                                             "refused", null, null);
        line.setMDCPropertyMap(mdc);
        return line;
    }

    @Test
    void aFailingEventHandlerIsLoggedWithTheEventsPositionButARefusedCommandIsNot() throws Exception {
        // given the log of LogContext captured
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(LogContext.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
                new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        try {
            var event = new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(9),
                                                         GenericEventMessage.asEventMessage("x").andMetaData(
                                                                 MetaData.with(EventMetadata.GLOBAL_POSITION, 9L)));
            var unitOfWork = DefaultUnitOfWork.startAndGet(event);

            // when the handler fails
            try {
                LogContext.events("meeting-board").handle(unitOfWork, () -> {
                    throw new IllegalStateException("view write failed");
                });
            } catch (IllegalStateException expected) {
                // the processor sees it too
            } finally {
                unitOfWork.rollback();
            }
            // and a command is refused by a rule
            SimpleCommandBus bus = SimpleCommandBus.builder().build();
            bus.registerHandlerInterceptor(LogContext.commands());
            bus.subscribe(Ping.class.getName(), command -> {
                throw new org.yishi.command.api.Rejection("不行", "No");
            });
            bus.dispatch(new GenericCommandMessage<>(new Ping("again")));

            // then one line, about the event, carrying its position and processor
            assertThat(lines.list).singleElement().satisfies(line -> {
                assertThat(line.getFormattedMessage()).contains("Event handler failed").contains("view write failed");
                assertThat(line.getMDCPropertyMap()).containsEntry(LogContext.EVENT_POSITION, "9")
                                                    .containsEntry(LogContext.PROCESSOR, "meeting-board");
            });
        } finally {
            logger.detachAppender(lines);
        }
    }
}
