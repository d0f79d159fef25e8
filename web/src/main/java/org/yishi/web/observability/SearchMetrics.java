package org.yishi.web.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Timer {@code yishi.search}: how long each archive search takes to answer. The search records every query through
 * {@link #record(Duration)} or {@link #time(Supplier)}; the timer has no tags, so no search text, person or
 * community ever becomes a label.
 */
@Component
public class SearchMetrics {

    private final Timer searches;

    public SearchMetrics(MeterRegistry meters) {
        this.searches = Timer.builder("yishi.search").description("Archive searches, time to answer")
                             .publishPercentileHistogram().register(meters);
    }

    public void record(Duration took) {
        searches.record(took);
    }

    /** Runs the search and records how long it took, whether it answered or failed. */
    public <T> T time(Supplier<T> search) {
        return searches.record(search);
    }

    public Timer timer() {
        return searches;
    }
}
