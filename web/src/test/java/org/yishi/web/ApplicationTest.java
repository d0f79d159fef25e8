package org.yishi.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ApplicationTest extends RunningApplication {

    @Autowired
    TestRestTemplate http;

    @Test
    void theApplicationStartsOnTheEmbeddedStoreReportsHealthyAndLoadsTheDemoCommunity() {
        assertThat(http.getForObject("/actuator/health", String.class))
                .contains("\"status\":\"UP\"").contains("embedded single-node").contains("community-directory");
        assertThat(http.getForObject("/api/status", String.class)).contains("\"store\":\"embedded\"");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(http.getForObject("/api/communities", String.class)).contains("锦苑社区"));
        assertThat(http.getForObject("/", String.class)).contains("议事");
    }

    @Test
    void metricsAreExposedForPrometheus() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> assertThat(http.getForObject("/actuator/prometheus", String.class))
                        .contains("yishi_eventstore_commits_total{application=\"yishi\",outcome=\"stored\"}")
                        .contains("yishi_eventstore_events_appended_total")
                        .contains("yishi_eventstore_commit_latency_seconds")
                        .contains("yishi_eventstore_gaps_waiting")
                        .contains("yishi_eventstore_gaps_given_up_total")
                        .contains("yishi_processor_lag_positions{application=\"yishi\",processor=\"community-directory\"}")
                        .contains("yishi_commands_seconds_count{application=\"yishi\",command=\"RegisterCommunity\",outcome=\"accepted\"}"));
    }
}
