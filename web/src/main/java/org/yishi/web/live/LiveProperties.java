package org.yishi.web.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code yishi.live.poll-interval}: how often a node asks the board projection for updates while any of its clients
 * watch a board. {@code yishi.live.allowed-origins}: origin patterns, besides the page's own, that may open
 * {@code /ws} from a browser (empty: same origin only; clients that send no Origin, such as the load program, are
 * always let through, the handshake needs no rights).
 */
@ConfigurationProperties("yishi.live")
record LiveProperties(@DefaultValue("20ms") Duration pollInterval, @DefaultValue List<String> allowedOrigins) {
}
