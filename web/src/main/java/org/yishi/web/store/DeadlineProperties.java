package org.yishi.web.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How each node handles stored deadlines: it looks for due ones every {@code pollInterval}, and takes over a deadline
 * that another node claimed more than {@code claimTimeout} ago without finishing (that node died mid-dispatch).
 */
@ConfigurationProperties("yishi.deadlines")
public record DeadlineProperties(Duration pollInterval, Duration claimTimeout) {

    public DeadlineProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(60) : claimTimeout;
    }
}
