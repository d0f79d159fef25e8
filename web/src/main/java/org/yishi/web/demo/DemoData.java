package org.yishi.web.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.RegisterCommunity;
import org.yishi.web.store.StoreProperties;

/**
 * Demo data for a first run on the embedded store, loaded through ordinary commands so it is stored as events like
 * everything else. Loading again finds the community already registered and leaves it alone.
 */
@Component
@ConditionalOnProperty(name = "yishi.demo.enabled", havingValue = "true")
class DemoData {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;
    private final StoreProperties store;

    DemoData(CommandGateway commands, StoreProperties store) {
        this.commands = commands;
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!store.usesEmbedded()) {
            return;
        }
        try {
            commands.sendAndWait(new RegisterCommunity(JINYUAN, "锦苑社区", "锦苑街道", "江岸区", "demo-operator"));
            log.info("Demo data loaded: 锦苑社区 (jinyuan)");
        } catch (AggregateStreamCreationException alreadyLoaded) {
            log.info("Demo data already present");
        }
    }
}
