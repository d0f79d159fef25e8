package org.yishi.command.eventstore;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A lazy stream that fetches the next batch, given the last element, until a batch comes back empty. */
final class BatchSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

    private final Function<T, List<? extends T>> nextBatch;
    private Iterator<? extends T> current;
    private T last;
    private boolean first = true;
    private boolean done;

    private BatchSpliterator(Function<T, List<? extends T>> nextBatch) {
        super(Long.MAX_VALUE, ORDERED | NONNULL);
        this.nextBatch = nextBatch;
    }

    static <T> Stream<T> stream(Function<T, List<? extends T>> nextBatch) {
        return StreamSupport.stream(new BatchSpliterator<>(nextBatch), false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (done) {
            return false;
        }
        if (current == null || !current.hasNext()) {
            if (!first && last == null) {
                done = true;
                return false;
            }
            List<? extends T> batch = nextBatch.apply(last);
            first = false;
            if (batch.isEmpty()) {
                done = true;
                return false;
            }
            current = batch.iterator();
        }
        last = current.next();
        action.accept(last);
        return true;
    }
}
