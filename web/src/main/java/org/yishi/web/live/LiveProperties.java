package org.yishi.web.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code yishi.live.poll-interval}: how often a node asks the board projection for updates while any of its clients
 * watch a board. {@code yishi.live.message-gap}: the least time between two messages of one session's board from a
 * node; updates arriving sooner are merged into the next message. {@code yishi.live.messages-per-second}: the
 * messages a node sends for one session's board at most, over all its clients; more clients make the gap longer. {@code yishi.live.allowed-origins}: origin patterns, besides the page's own, that may open
 * {@code /ws} from a browser (empty: same origin only; clients that send no Origin, such as the load program, are
 * always let through, the handshake needs no rights).
 */
@ConfigurationProperties("yishi.live")
record LiveProperties(@DefaultValue("20ms") Duration pollInterval, @DefaultValue("100ms") Duration messageGap,
                      @DefaultValue("15000") int messagesPerSecond, @DefaultValue List<String> allowedOrigins) {
}
