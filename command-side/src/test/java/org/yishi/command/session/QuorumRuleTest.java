package org.yishi.command.session;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.session.QuorumLost;
import org.yishi.command.api.session.QuorumReached;
import org.yishi.command.api.session.SessionId;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class QuorumRuleTest {

    private static final SessionId SESSION = new SessionId("s");
    private static final Instant AT = Instant.parse("2026-03-14T01:00:00Z");
    private static final QuorumRule THREE = new QuorumRule(3);

    @Test
    void theQuorumIsReachedWhenTheCountRisesToTheRequiredNumber() {
        assertThat(THREE.crossing(SESSION, false, 2, AT)).isEmpty();
        assertThat(THREE.crossing(SESSION, false, 3, AT)).contains(new QuorumReached(SESSION, 3, 3, AT));
    }

    @Test
    void theQuorumIsLostWhenTheCountFallsBelowIt() {
        assertThat(THREE.crossing(SESSION, true, 3, AT)).isEmpty();
        assertThat(THREE.crossing(SESSION, true, 2, AT)).contains(new QuorumLost(SESSION, 2, 3, AT));
    }

    @Test
    void aSessionNeedingNoQuorumNeverReachesOne() {
        assertThat(new QuorumRule(0).crossing(SESSION, false, 40, AT)).isEmpty();
        assertThat(new QuorumRule(0).met(0)).isFalse();
    }
}
