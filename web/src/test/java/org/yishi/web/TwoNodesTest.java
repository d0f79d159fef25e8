package org.yishi.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.RegisterCommunity;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;
import org.yishi.query.api.communitydirectory.CommunityDirectory;
import org.yishi.query.api.communitydirectory.FindCommunities;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two application nodes on one machine share one standalone embedded store. */
class TwoNodesTest {

    @TempDir
    Path directory;

    private static ConfigurableApplicationContext node(String uri) {
        return new SpringApplicationBuilder(YishiApplication.class)
                .run("--server.port=0", "--yishi.store.uri=" + uri, "--yishi.demo.enabled=false");
    }

    @Test
    void aCommandOnNodeOneReachesAProjectionReadOnNodeTwo() {
        try (EmbeddedMongoServer store = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
             ConfigurableApplicationContext one = node(store.connectionString() + "/yishi");
             ConfigurableApplicationContext two = node(store.connectionString() + "/yishi")) {

            one.getBean(CommandGateway.class)
               .sendAndWait(new RegisterCommunity(new CommunityId("qinghe"), "清河社区", "清河街道", "海淀区", "operator"));

            QueryGateway queriesOnTwo = two.getBean(QueryGateway.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                CommunityDirectory directory = queriesOnTwo.query(new FindCommunities(), CommunityDirectory.class).join();
                assertThat(directory.communities()).extracting(CommunityDirectory.Entry::name).containsExactly("清河社区");
                assertThat(directory.position()).isZero();
            });
        }
    }
}
