package org.yishi.command.eventstore;

/**
 * A fault-test hook: called by the engine between taking a commit's global positions and inserting the commit, the
 * window in which a real writer can stall (a GC pause, a slow majority write). The application never sets one; only
 * fault tests and programs do, through {@link MongoCommitStorageEngine.Builder#writeStall(WriteStall)}.
 */
@FunctionalInterface
public interface WriteStall {

    /** Does nothing: the engine's default. */
    WriteStall NONE = (firstPosition, count) -> {
    };

    /** Runs on the writer's thread after positions {@code firstPosition .. firstPosition + count - 1} are taken. */
    void afterAllocation(long firstPosition, int count) throws InterruptedException;
}
