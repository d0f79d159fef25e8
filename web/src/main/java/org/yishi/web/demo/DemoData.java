package org.yishi.web.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.RegisterCommunity;
import org.yishi.web.signin.Credentials;
import org.yishi.web.store.StoreProperties;

import java.time.Clock;
import java.time.Instant;

/**
 * Demo data for a first run on the embedded store, loaded through ordinary commands so it is stored as events like
 * everything else. Loading again finds the community already registered and leaves it alone.
 */
@Component
@ConditionalOnProperty(name = "yishi.demo.enabled", havingValue = "true")
class DemoData {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final String OPERATOR = "demo-operator";
    static final String PASSWORD = "yishi2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;
    private final StoreProperties store;
    private final DemoCredentials credentials;
    private final Clock clock;
    private final LoadTestVoters loadTestVoters;
    private final int voters;

    DemoData(CommandGateway commands, StoreProperties store, DemoCredentials credentials, Clock clock,
             Credentials accounts, @Value("${yishi.demo.voters:0}") int voters) {
        this.commands = commands;
        this.store = store;
        this.credentials = credentials;
        this.clock = clock;
        this.loadTestVoters = new LoadTestVoters(commands, accounts);
        this.voters = voters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!store.usesEmbedded()) {
            return;
        }
        try {
            commands.sendAndWait(new RegisterCommunity(JINYUAN, "锦苑社区", "锦苑街道", "江岸区", OPERATOR));
        } catch (AggregateStreamCreationException alreadyLoaded) {
            log.info("Demo data already present");
            return;
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        new DemoLoader(commands, now).load();
        credentials.save();
        log.info("Demo data loaded: 锦苑社区 (jinyuan) in {} ms. Sign in with password {} as admin, resident01…"
                 + "resident50, committee01…committee03, moderator, secretary, merchant01, merchant02, property01",
                 (System.nanoTime() - started) / 1_000_000, PASSWORD);
        // The last month's sessions, decisions and convention wait on policies (a few seconds); told before the
        // application reports itself ready, so nobody schedules a session from a proposal the history will close.
        try {
            new DemoHistory(commands, now).load();
        } catch (RuntimeException e) {
            log.error("The demo history could not be loaded", e);
        }
        if (voters > 0) {
            started = System.nanoTime();
            loadTestVoters.register(voters);
            log.info("{} load-test voters registered (voter00001…) in {} ms", voters,
                     (System.nanoTime() - started) / 1_000_000);
        }
    }
}
