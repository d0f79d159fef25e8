package org.yishi.web.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The application nodes sharing this store, and whether the store can carry them. Each node keeps a heartbeat
 * document in the {@code nodes} collection (not part of the event store: nothing reads it but this); a store that
 * is one server (the embedded one, in this process or standalone, or a MongoDB that is not a replica set) with more
 * than one node on it gets a warning in the health details and in the log.
 */
@Component
public class StoreNodes implements DisposableBean {

    static final String COLLECTION = "nodes";
    static final String WARNING = "单节点存储被多个应用节点共用，仅供试用；生产环境请使用副本集 / "
                                  + "A single-server store is shared by several application nodes: for trying things "
                                  + "out only, use a MongoDB replica set in production";

    private static final Logger log = LoggerFactory.getLogger(StoreNodes.class);

    private final MongoDatabase database;
    private final MongoCollection<Document> nodes;
    private final StoreProperties store;
    private final HealthProperties health;
    private final Clock clock;
    private final String id = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "store-nodes-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String replicaSet;
    private volatile boolean warned;

    @Autowired
    StoreNodes(MongoDatabase database, StoreProperties store, HealthProperties health) {
        this(database, store, health, Clock.systemUTC());
    }

    StoreNodes(MongoDatabase database, StoreProperties store, HealthProperties health, Clock clock) {
        this.database = database;
        this.nodes = database.getCollection(COLLECTION);
        this.store = store;
        this.health = health;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startHeartbeat() {
        long every = health.heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(this::beatQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            log.warn("Could not record this node's heartbeat in the store: {}", e.toString());
        }
    }

    /** Records this node as running now, and logs the warning when this makes a single server shared. */
    void beat() {
        Instant now = clock.instant();
        nodes.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("seenAt", Date.from(now)),
                         new ReplaceOptions().upsert(true));
        boolean shared = sharedSingleServer();
        if (shared && !warned) {
            log.warn("{} ({} nodes seen)", WARNING, nodesSeen());
        }
        warned = shared;
    }

    /** Nodes whose heartbeat is younger than three heartbeats, this one included once it has beaten. */
    public long nodesSeen() {
        Instant since = clock.instant().minus(health.heartbeat().multipliedBy(3));
        long seen = 0;
        for (Document node : nodes.find()) {
            if (node.getDate("seenAt").toInstant().isAfter(since)) {
                seen++;
            }
        }
        return seen;
    }

    /** The replica set's name, or null for a single server (the embedded store, or MongoDB without one). */
    public String replicaSet() {
        if (store.usesEmbedded()) {
            return null;
        }
        if (replicaSet == null) {
            Document hello;
            try {
                hello = database.runCommand(new Document("hello", 1));
            } catch (RuntimeException olderServer) {
                hello = database.runCommand(new Document("isMaster", 1));
            }
            replicaSet = hello.getString("setName") == null ? "" : hello.getString("setName");
        }
        return replicaSet.isEmpty() ? null : replicaSet;
    }

    public boolean sharedSingleServer() {
        return replicaSet() == null && nodesSeen() > 1;
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        try {
            nodes.deleteOne(Filters.eq("_id", id));
        } catch (RuntimeException e) {
            log.debug("Could not remove this node's heartbeat: {}", e.toString());
        }
    }
}
