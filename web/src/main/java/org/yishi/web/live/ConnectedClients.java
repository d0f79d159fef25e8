package org.yishi.web.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gauge {@code yishi.live.clients}: the STOMP connections open on this node. A set of connection ids rather than a
 * counter, because a disconnect may be announced more than once for one connection.
 */
@Component
class ConnectedClients {

    private final Set<String> connections = ConcurrentHashMap.newKeySet();

    ConnectedClients(MeterRegistry meters) {
        Gauge.builder("yishi.live.clients", connections, Set::size)
             .description("STOMP clients connected to this node")
             .register(meters);
    }

    @EventListener
    void connected(SessionConnectedEvent event) {
        String id = SimpMessageHeaderAccessor.getSessionId(event.getMessage().getHeaders());
        if (id != null) {
            connections.add(id);
        }
    }

    @EventListener
    void disconnected(SessionDisconnectEvent event) {
        connections.remove(event.getSessionId());
    }

    int count() {
        return connections.size();
    }
}
