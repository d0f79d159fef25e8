package org.yishi.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.yishi.command.api.community.AppointAdministrator;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.session.AddAgendaItem;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.ScheduleSession;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;
import org.yishi.query.api.meetingboard.BoardUpdate;
import org.yishi.query.api.meetingboard.FindSessionBoard;
import org.yishi.query.api.meetingboard.SessionBoard;
import org.yishi.web.live.StompClient;
import org.yishi.command.api.community.RegisterCommunity;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;
import org.yishi.query.api.communitydirectory.CommunityDirectory;
import org.yishi.query.api.communitydirectory.FindCommunities;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes on one machine share one standalone embedded store: a projection and a live board on one
 * follow what the other handles.
 */
class TwoNodesTest {

    @TempDir
    Path directory;

    /** Both nodes name the same search index directory, as two nodes on one machine would: each keeps its own. */
    private ConfigurableApplicationContext node(String uri) {
        return new SpringApplicationBuilder(YishiApplication.class)
                .run("--server.port=0", "--yishi.store.uri=" + uri, "--yishi.demo.enabled=false",
                     "--yishi.search.directory=" + directory.resolve("search-index"));
    }

    @Test
    void aStompClientOnNodeTwoSeesABoardUpdateCausedByACommandHandledOnNodeOne() throws Exception {
        try (EmbeddedMongoServer store = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
             ConfigurableApplicationContext one = node(store.connectionString() + "/yishi");
             ConfigurableApplicationContext two = node(store.connectionString() + "/yishi")) {
            CommandGateway commandsOnOne = one.getBean(CommandGateway.class);
            CommunityId community = new CommunityId("dongfeng");
            PersonId admin = new PersonId("dongfeng-admin");
            SessionId session = new SessionId("dongfeng-june");
            Instant now = Instant.parse("2026-06-01T08:00:00Z");
            commandsOnOne.sendAndWait(new RegisterCommunity(community, "东风社区", "东风街道", "朝阳区", "operator"));
            commandsOnOne.sendAndWait(new AppointAdministrator(community, admin, "刘主任", new PersonId("operator")));
            commandsOnOne.sendAndWait(new ScheduleSession(session, community, SessionKind.DELIBERATION_DAY, "六月议事日",
                                                          now.plusSeconds(86_400), "社区活动室", Format.IN_ROOM, admin,
                                                          Set.of(), "246810", 120, true, admin, now));
            QueryGateway queriesOnTwo = two.getBean(QueryGateway.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> queriesOnTwo.query(
                    new FindSessionBoard(session.value()), ResponseTypes.optionalInstanceOf(SessionBoard.class))
                                                                            .join().isPresent());

            int portOfTwo = two.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            try (StompClient projector = StompClient.anonymous(portOfTwo, two.getBean(ObjectMapper.class))) {
                StompClient.Subscription board = projector.board(session.value());
                assertThat(projector.catchUp(session.value(), -1).board().position()).isNotNegative();

                commandsOnOne.sendAndWait(new AddAgendaItem(session, new AgendaItemId("item-1"), null, "加装电梯", 30,
                                                            0, admin, now.plusSeconds(60)));

                BoardUpdate update = board.next(BoardUpdate.class);
                assertThat(update.changed().agenda().items()).extracting("title").containsExactly("加装电梯");
            }
        }
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
            // both nodes report the processor as a whole caught up, whichever of them holds its segments
            for (ConfigurableApplicationContext node : List.of(one, two)) {
                io.micrometer.core.instrument.MeterRegistry meters =
                        node.getBean(io.micrometer.core.instrument.MeterRegistry.class);
                await().atMost(Duration.ofSeconds(20)).untilAsserted(
                        () -> assertThat(meters.get("yishi.processor.lag.positions")
                                               .tag("processor", "community-directory").gauge().value()).isZero());
            }
            // the standalone embedded store is one server: node two's health warns that it carries two nodes
            org.springframework.boot.actuate.health.HealthEndpoint health =
                    two.getBean(org.springframework.boot.actuate.health.HealthEndpoint.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(
                    () -> assertThat(health.healthForPath("store").toString())
                            .contains("nodes=2").contains("several application nodes").contains("多个应用节点"));
        }
    }
}
