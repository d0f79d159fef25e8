package org.yishi.web.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.StompWebSocketEndpointRegistration;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP over a plain WebSocket at {@code /ws}, Spring's simple broker for {@code /topic} and {@code /queue} on each
 * node (no broker relay: every node follows the event store through the board projection and pushes to its own
 * clients, see {@link BoardPush}), {@code /app} for the catch-up subscription, {@code /user} for a client's errors.
 * Heart-beats every 10 s both ways, so a phone that lost its network is noticed and a proxy keeps the line open.
 * <p>
 * Two orderings matter for "no gap, no duplicate":
 * <ul>
 *     <li>inbound frames of a connection are handled on the thread that read them, one after the other (the inbound
 *     channel runs its handlers in the caller's thread): the broker has registered a topic subscription before the
 *     catch-up subscription that follows it is answered, and a refused SUBSCRIBE reaches the client as an ERROR
 *     frame. Inbound traffic is nothing but SUBSCRIBE/UNSUBSCRIBE and heart-beats, so this costs nothing;</li>
 *     <li>outbound messages to one connection keep the order they were published in ({@code preservePublishOrder}),
 *     since a client drops an update that is not newer than the last it applied.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(LiveProperties.class)
class LiveConfiguration implements WebSocketMessageBrokerConfigurer {

    static final long HEART_BEAT_MILLIS = 10_000;

    private final LiveProperties properties;
    private final BoardSubscriptions subscriptions;
    private final ObjectMapper json;
    private TaskScheduler heartBeats;

    LiveConfiguration(LiveProperties properties, BoardSubscriptions subscriptions, ObjectMapper json) {
        this.properties = properties;
        this.subscriptions = subscriptions;
        this.json = json;
    }

    @Autowired
    void heartBeats(@Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler scheduler) {
        this.heartBeats = scheduler;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        StompWebSocketEndpointRegistration endpoint = registry.addEndpoint("/ws");
        if (!properties.allowedOrigins().isEmpty()) {
            endpoint.setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
        }
        registry.setErrorHandler(new LiveErrors(json));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[]{HEART_BEAT_MILLIS, HEART_BEAT_MILLIS})
                .setTaskScheduler(heartBeats);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(subscriptions).executor(new SyncTaskExecutor());
    }
}
