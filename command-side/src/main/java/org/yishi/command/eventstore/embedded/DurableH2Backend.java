package org.yishi.command.eventstore.embedded;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The file-backed H2 backend, changed so that no write is acknowledged before it is on disk.
 * <p>
 * MVStore writes its changes in the background about once a second, so a killed process loses writes the client
 * already saw acknowledged. Here every command that may write waits for a {@link GroupCommit} before its reply is
 * sent. Writes hold a shared lock while they run and the store commit holds it exclusively, so a commit never
 * captures half of a write (a document without its index entry).
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> READ_ONLY = Set.of(
            "find", "getMore", "count", "distinct", "listCollections", "listIndexes", "listDatabases", "hello",
            "isMaster", "ismaster", "ping", "buildInfo", "buildinfo", "serverStatus", "dbStats", "collStats",
            "killCursors", "endSessions", "getParameter", "connectionStatus", "whatsmyuri", "getLog", "hostInfo",
            "currentOp", "getCmdLineOpts", "getFreeMonitoringStatus", "saslStart", "saslContinue");

    private final ReadWriteLock writes = new ReentrantReadWriteLock();
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
        if (READ_ONLY.contains(command)) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document reply;
        writes.readLock().lock();
        try {
            reply = super.handleCommand(channel, databaseName, command, query);
        } finally {
            writes.readLock().unlock();
        }
        groupCommit.awaitDurable();
        return reply;
    }

    long storeCommits() {
        return groupCommit.commits();
    }
}
