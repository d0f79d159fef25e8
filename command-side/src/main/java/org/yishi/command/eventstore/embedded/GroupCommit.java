package org.yishi.command.eventstore.embedded;

/**
 * Makes writes durable in groups: a writer takes a ticket after its write is applied and waits until a store
 * commit that started after the ticket has finished. Whoever finds no commit running becomes the leader and commits
 * for every ticket issued so far; writes that arrive meanwhile share the next commit.
 */
final class GroupCommit {

    private final Runnable commit;
    private final Object monitor = new Object();
    private long issued;
    private long durable;
    private boolean running;
    private long commits;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Returns once every write applied before this call is durable. */
    void awaitDurable() {
        long ticket;
        synchronized (monitor) {
            ticket = ++issued;
        }
        while (true) {
            long target;
            synchronized (monitor) {
                while (running && durable < ticket) {
                    waitUninterruptibly();
                }
                if (durable >= ticket) {
                    return;
                }
                running = true;
                target = issued;
            }
            boolean succeeded = false;
            try {
                commit.run();
                succeeded = true;
            } finally {
                synchronized (monitor) {
                    running = false;
                    if (succeeded) {
                        durable = target;
                        commits++;
                    }
                    monitor.notifyAll();
                }
            }
        }
    }

    long commits() {
        synchronized (monitor) {
            return commits;
        }
    }

    private void waitUninterruptibly() {
        try {
            monitor.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a durable commit", e);
        }
    }
}
