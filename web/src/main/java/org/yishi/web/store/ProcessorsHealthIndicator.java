package org.yishi.web.store;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every event processor runs, none is in error, and none is further behind than {@code yishi.health.processor-lag-limit}
 * (the age of its oldest unhandled event); each reports its lag in positions and seconds. Part of the readiness
 * group: a node whose screens would show stale data takes no traffic. A processor being rebuilt (tokens reset) is
 * expected to be behind and does not count against readiness, or rebuilding one projection would take every node
 * out of service; its lag still shows in the details and the metrics.
 */
@Component("eventProcessors")
class ProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;
    private final ProcessorLag lag;
    private final Duration limit;

    ProcessorsHealthIndicator(EventProcessingConfiguration processing, ProcessorLag lag, HealthProperties health) {
        this.processing = processing;
        this.lag = lag;
        this.limit = health.processorLagLimit();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        Map<String, Object> details = new LinkedHashMap<>();
        for (var entry : processing.eventProcessors().entrySet()) {
            var processor = entry.getValue();
            boolean ok = processor.isRunning() && !processor.isError();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", processor.isRunning());
            detail.put("error", processor.isError());
            if (processor instanceof StreamingEventProcessor streaming) {
                Duration behind = lag.secondsBehind(streaming);
                detail.put("lagPositions", lag.positionsBehind(streaming));
                detail.put("lagSeconds", behind.toMillis() / 1000.0);
                boolean replaying = lag.replaying(streaming);
                if (replaying) {
                    detail.put("replaying", true);
                }
                if (behind.compareTo(limit) > 0 && !replaying) {
                    ok = false;
                    detail.put("problem", "落后超过 %d 秒 / more than %d s behind"
                            .formatted(limit.toSeconds(), limit.toSeconds()));
                }
            }
            healthy &= ok;
            details.put(entry.getKey(), detail);
        }
        (healthy ? builder.up() : builder.down()).withDetails(details);
    }
}
