package org.yishi.command.eventstore.embedded;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The file-backed H2 backend of mongo-java-server, made safe for Yishi's use in three ways.
 * <ol>
 * <li><b>Durable when acknowledged.</b> MVStore writes its changes in the background about once a second, so a
 * killed process would lose writes the client already saw acknowledged. Every command that may write waits for a
 * {@link GroupCommit} before its reply is sent, unless the client marked it
 * {@link EmbeddedMongoServer#DURABLE_WITH_NEXT_WRITE}. Writes share a lock that the group commit takes exclusively,
 * so a group commit never captures half of a write (a document without its index entry). MVStore's own background
 * commit (kept, because it also compacts the file) can; such a write was never acknowledged, and its document stays
 * invisible to the index lookups the engine reads by.</li>
 * <li><b>No torn documents.</b> The backend updates a stored document object in place, and replies are encoded
 * after its collection lock is released. An atomic {@code $inc} could then return the value of a later increment,
 * and a read could see a document mid-update. Updates therefore exclude reads, and replies are copied before the
 * exclusion ends.</li>
 * <li><b>One object per collection.</b> A collection is created on first write with a check-then-create that is
 * not atomic, which would give two concurrent first writers different collection objects and locks. Writes to a
 * collection that does not exist yet run one at a time.</li>
 * </ol>
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "aggregate");
    private static final Set<String> IN_PLACE_UPDATES = Set.of("update", "findAndModify");
    private static final Set<String> NEITHER_READ_NOR_WRITE = Set.of(
            "listCollections", "listIndexes", "listDatabases", "hello", "isMaster", "ismaster", "ping", "buildInfo",
            "buildinfo", "serverStatus", "dbStats", "collStats", "killCursors", "endSessions", "getParameter",
            "connectionStatus", "whatsmyuri", "getLog", "hostInfo", "currentOp", "getCmdLineOpts",
            "getFreeMonitoringStatus", "saslStart", "saslContinue");

    private final ReadWriteLock writes = new ReentrantReadWriteLock();
    private final ReadWriteLock documents = new ReentrantReadWriteLock();
    private final Object collectionCreation = new Object();
    private final GroupCommit groupCommit;

    DurableH2Backend(MVStore store, boolean fsync) {
        super(store);
        this.groupCommit = new GroupCommit(() -> {
            writes.writeLock().lock();
            try {
                store.commit();
                if (fsync) {
                    store.sync();
                }
            } finally {
                writes.writeLock().unlock();
            }
        });
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (NEITHER_READ_NOR_WRITE.contains(command)) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        if (READS.contains(command)) {
            return copied(documents.readLock(), channel, databaseName, command, query);
        }
        Document reply;
        writes.readLock().lock();
        try {
            Lock exclusion = IN_PLACE_UPDATES.contains(command) ? documents.writeLock() : null;
            if (targetsMissingCollection(databaseName, command, query)) {
                synchronized (collectionCreation) {
                    reply = copied(exclusion, channel, databaseName, command, query);
                }
            } else {
                reply = copied(exclusion, channel, databaseName, command, query);
            }
        } finally {
            writes.readLock().unlock();
        }
        if (!EmbeddedMongoServer.DURABLE_WITH_NEXT_WRITE.equals(query.get("comment"))) {
            groupCommit.awaitDurable();
        }
        return reply;
    }

    /** Runs the command under {@code lock} and copies its reply before the lock is released. */
    private Document copied(Lock lock, Channel channel, String databaseName, String command, Document query) {
        if (lock == null) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        lock.lock();
        try {
            return super.handleCommand(channel, databaseName, command, query).cloneDeeply();
        } finally {
            lock.unlock();
        }
    }

    private boolean targetsMissingCollection(String databaseName, String command, Document query) {
        return query.get(command) instanceof String collection
               && resolveDatabase(databaseName).resolveCollection(collection, false) == null;
    }

    long storeCommits() {
        return groupCommit.commits();
    }
}
