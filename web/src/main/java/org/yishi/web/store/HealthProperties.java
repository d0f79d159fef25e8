package org.yishi.web.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code processorLagLimit}: a processor whose oldest unhandled event is older than this makes the node not ready;
 * {@code heartbeat}: how often a node records in the store that it runs (a node unseen for three heartbeats counts
 * as gone).
 */
@ConfigurationProperties("yishi.health")
public record HealthProperties(Duration processorLagLimit, Duration heartbeat) {

    public HealthProperties {
        processorLagLimit = processorLagLimit == null ? Duration.ofSeconds(30) : processorLagLimit;
        heartbeat = heartbeat == null ? Duration.ofSeconds(5) : heartbeat;
    }
}
