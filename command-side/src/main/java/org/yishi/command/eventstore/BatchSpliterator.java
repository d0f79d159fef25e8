package org.yishi.command.eventstore;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream that fetches the next batch, given the last element seen (null at first), until a batch comes back
 * empty or says it is the last.
 */
final class BatchSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

    record Batch<T>(List<? extends T> items, boolean last) {
    }

    private final Function<T, Batch<T>> nextBatch;
    private Iterator<? extends T> current;
    private T lastSeen;
    private boolean exhausted;

    private BatchSpliterator(Function<T, Batch<T>> nextBatch) {
        super(Long.MAX_VALUE, ORDERED | NONNULL);
        this.nextBatch = nextBatch;
    }

    static <T> Stream<T> stream(Function<T, Batch<T>> nextBatch) {
        return StreamSupport.stream(new BatchSpliterator<>(nextBatch), false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (current == null || !current.hasNext()) {
            if (exhausted) {
                return false;
            }
            Batch<T> batch = nextBatch.apply(lastSeen);
            exhausted = batch.last() || batch.items().isEmpty();
            current = batch.items().iterator();
        }
        lastSeen = current.next();
        action.accept(lastSeen);
        return true;
    }
}
