package org.yishi.command.motion;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.access.CommunityRegisters;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.VoteRecorded;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.MongoCommitStorageEngine;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;
import org.yishi.command.session.SessionRolls;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.motion.Hall.COMMITTEE;
import static org.yishi.command.motion.Hall.LI;
import static org.yishi.command.motion.Hall.MOTION;

/**
 * One person, one vote when the same voter's ballots arrive all at once on two application nodes: two Axon
 * configurations, each caching the motion as the application does, on one embedded store through the real driver.
 * The store's unique commit key makes the node whose copy is behind lose, and the command gateway retries it on a
 * fresh load, as the application's does.
 */
class OneVoteAcrossNodesTest {

    private static final int BALLOTS = 50;
    private static final String[] OPTIONS = {"YES", "NO", "ABSTAIN"};
    // far ahead, so that the deadline managers on the real clock never close the vote during the test
    private static final Instant AT = Instant.parse("2099-03-14T02:00:00Z");

    @TempDir
    Path directory;
    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private ScheduledExecutorService retries;
    private final List<Configuration> nodes = new ArrayList<>();

    @BeforeEach
    void twoNodes() {
        server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("yishi");
        retries = Executors.newSingleThreadScheduledExecutor();
        nodes.add(node());
        nodes.add(node());
    }

    @AfterEach
    void stop() {
        nodes.forEach(Configuration::shutdown);
        retries.shutdownNow();
        client.close();
        server.close();
    }

    private Configuration node() {
        MongoCommitStorageEngine engine = MongoCommitStorageEngine.builder()
                                                                  .collections(EventStoreCollections.in(database))
                                                                  .gapTimeout(Duration.ofSeconds(10))
                                                                  .eventSerializer(EventSerializers.jackson())
                                                                  .snapshotSerializer(EventSerializers.jackson())
                                                                  .build();
        MongoBallotKeys keys = new MongoBallotKeys(database);
        Configuration node = DefaultConfigurer
                .defaultConfiguration()
                .configureSerializer(c -> EventSerializers.jackson())
                .configureEventStore(c -> EmbeddedEventStore.builder().storageEngine(engine).build())
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Motion.class)
                                                       .configureCache(c -> new WeakReferenceCache()))
                .registerComponent(CommunityRegisters.class, c -> Hall.registers())
                .registerComponent(SessionRolls.class, c -> new Hall.Sessions())
                .registerComponent(BallotKeys.class, c -> keys)
                .registerComponent(BallotSeal.class, c -> new AesGcmBallotSeal(keys))
                .registerEventHandler(c -> new BallotKeyEraser(keys))
                .registerComponent(CommandGateway.class, c -> DefaultCommandGateway
                        .builder()
                        .commandBus(c.commandBus())
                        .retryScheduler(IntervalRetryScheduler.builder()
                                                              .retryExecutor(retries)
                                                              .retryInterval(20)
                                                              .maxRetryCount(50)
                                                              // as the application's: Axon asks this of the
                                                              // failure and of each cause, the store's error too
                                                              .nonTransientFailurePredicate(
                                                                      failure -> !(failure instanceof ConcurrencyException
                                                                                   || failure instanceof MongoException))
                                                              .build())
                        .build())
                .buildConfiguration();
        node.start();
        return node;
    }

    private CommandGateway node(int index) {
        return nodes.get(index % 2).commandGateway();
    }

    /** Sends every ballot at once, alternating between the nodes, and returns what each send ended with. */
    private List<Throwable> sendAtOnce(List<CastBallot> ballots) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Throwable>> outcomes = new ArrayList<>();
        for (int index = 0; index < ballots.size(); index++) {
            CastBallot ballot = ballots.get(index);
            CommandGateway gateway = node(index);
            outcomes.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    gateway.sendAndWait(ballot);
                    return null;
                } catch (Throwable failed) {
                    return failed;
                }
            }, senders));
        }
        start.countDown();
        List<Throwable> results = new ArrayList<>();
        for (CompletableFuture<Throwable> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        senders.shutdown();
        return results;
    }

    private static List<CastBallot> fiftyBallotsOfLi() {
        List<CastBallot> ballots = new ArrayList<>();
        for (int index = 0; index < BALLOTS; index++) {
            ballots.add(new CastBallot(MOTION, OPTIONS[index % OPTIONS.length], null, "request-" + index, LI,
                                       AT.plusSeconds(index)));
        }
        return ballots;
    }

    private List<Object> events() {
        return nodes.get(0).eventStore().readEvents(MOTION.value()).asStream().map(Message::getPayload)
                    .map(Object.class::cast).toList();
    }

    private MotionClosed close() {
        node(1).sendAndWait(new org.yishi.command.api.motion.CloseMotion(MOTION, 0, COMMITTEE, AT.plusSeconds(600)));
        List<Object> events = events();
        return (MotionClosed) events.get(events.size() - 1);
    }

    @Test
    void fiftyBallotsAtOnceOnTwoNodesCountOnceWhereNoChangeIsAllowed() throws Exception {
        node(0).sendAndWait(Hall.online().changeable(false).closesAt(AT.plusSeconds(86_400)).command());

        List<CastBallot> ballots = fiftyBallotsOfLi();
        List<Throwable> outcomes = sendAtOnce(ballots);

        List<Object> cast = events().stream().filter(BallotCast.class::isInstance).toList();
        assertThat(cast).hasSize(1);
        String counted = ((BallotCast) cast.get(0)).option();
        for (int index = 0; index < BALLOTS; index++) {
            Throwable outcome = outcomes.get(index);
            if (outcome instanceof ConcurrencyException) {
                // lost the race more often than the gateway retries: the voter is told to try again, nothing counted
                continue;
            }
            if (ballots.get(index).option().equals(counted)) {
                // the counted ballot, or the same ballot again, which changes nothing
                assertThat(outcome).isNull();
            } else {
                assertThat(outcome).isInstanceOf(Rejection.class).hasMessageContaining("不能改票");
            }
        }
        MotionClosed closed = close();
        assertThat(closed.tally().ballots()).isEqualTo(1);
        assertThat(closed.tally().counts()).containsEntry(counted, 1);
    }

    @Test
    void fiftySecretChangesAtOnceOnTwoNodesCountOnlyTheLatest() throws Exception {
        node(0).sendAndWait(Hall.online().secret().closesAt(AT.plusSeconds(86_400)).command());

        List<Throwable> outcomes = sendAtOnce(fiftyBallotsOfLi());

        // each change lands, or is reported as a lost race for the voter to send again; none is refused
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome == null || outcome instanceof ConcurrencyException)
                                                           .isTrue())
                            .contains((Throwable) null);
        List<VoteRecorded> envelopes = events().stream().filter(VoteRecorded.class::isInstance)
                                               .map(VoteRecorded.class::cast).toList();
        assertThat(envelopes).isNotEmpty().hasSizeLessThanOrEqualTo(BALLOTS);
        assertThat(envelopes.get(0).replaces()).isFalse();
        assertThat(envelopes.subList(1, envelopes.size())).allSatisfy(change -> assertThat(change.replaces()).isTrue());
        String latest = new AesGcmBallotSeal(new MongoBallotKeys(database))
                .open(MOTION, envelopes.get(envelopes.size() - 1).sealed()).option();

        MotionClosed closed = close();

        assertThat(closed.tally().ballots()).isEqualTo(1);
        assertThat(closed.tally().counts()).containsEntry(latest, 1);
        assertThat(events()).filteredOn(BallotsUnsealed.class::isInstance)
                            .singleElement()
                            .isEqualTo(new BallotsUnsealed(MOTION, List.of(latest), List.of(), AT.plusSeconds(600)));
        awaitErased();
        assertThat(database.getCollection(MongoBallotKeys.COLLECTION).countDocuments()).isZero();
    }

    /** The erasure follows the stored close on each node's processor, a moment later. */
    private void awaitErased() throws InterruptedException {
        MongoBallotKeys keys = new MongoBallotKeys(database);
        for (int attempt = 0; attempt < 1200 && keys.find(MOTION).isPresent(); attempt++) {
            Thread.sleep(50);
        }
        assertThat(keys.find(MOTION)).as("the ballot key after the close").isEmpty();
    }

    @Test
    void aClientRetryingTheSameBallotOnBothNodesIsCountedOnce() throws Exception {
        node(0).sendAndWait(Hall.online().closesAt(AT.plusSeconds(86_400)).command());
        List<CastBallot> retried = new ArrayList<>();
        for (int index = 0; index < BALLOTS; index++) {
            retried.add(new CastBallot(MOTION, "NO", null, "request-1", LI, AT.plusSeconds(1)));
        }

        List<Throwable> outcomes = sendAtOnce(retried);

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome == null || outcome instanceof ConcurrencyException)
                                                           .isTrue())
                            .contains((Throwable) null);
        assertThat(events()).filteredOn(BallotCast.class::isInstance)
                            .containsExactly(new BallotCast(MOTION, LI, null, "NO", null, false, "request-1",
                                                            AT.plusSeconds(1)));
        assertThat(close().tally().counts()).containsEntry("NO", 1).containsEntry("YES", 0);
    }
}
