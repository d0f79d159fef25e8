package org.yishi.query.conventiontext;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.yishi.command.api.EventMetadata;
import org.yishi.query.api.conventions.CompareConventionTexts;
import org.yishi.query.api.conventions.ConventionDiff;
import org.yishi.query.api.conventions.ConventionText;
import org.yishi.query.api.conventions.FindConventionText;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Answers a convention's text as of a moment and the comparison of two of its texts by reading the convention's own
 * event stream each time, never a stored copy.
 */
public class ConventionTextQueries {

    private final EventStore events;
    private final Clock clock;

    public ConventionTextQueries(EventStore events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The text, or null (no answer) when the convention, the version or the moment has none. */
    @QueryHandler
    ConventionText handle(FindConventionText query) {
        List<ConventionTexts.Stamped> stream = stream(query.conventionId());
        Optional<ConventionText> text = query.version() != null
                ? ConventionTexts.version(query.conventionId(), stream, query.version())
                : ConventionTexts.asOf(query.conventionId(), stream,
                                       query.asOf() == null ? clock.instant() : query.asOf());
        return text.orElse(null);
    }

    /** The comparison, or null when {@code from} is not a published version or {@code to} is not a text. */
    @QueryHandler
    ConventionDiff handle(CompareConventionTexts query) {
        var texts = ConventionTexts.all(query.conventionId(), stream(query.conventionId()));
        var from = texts.get(query.from());
        var to = texts.get(query.to());
        if (query.from() == 0 || from == null || to == null) {
            return null;
        }
        return TextComparison.compare(query.conventionId(), query.from(), query.to(), from, to);
    }

    private List<ConventionTexts.Stamped> stream(String conventionId) {
        return events.readEvents(conventionId).asStream()
                     .map(ConventionTextQueries::stamped).toList();
    }

    private static ConventionTexts.Stamped stamped(DomainEventMessage<?> message) {
        Object global = message.getMetaData().get(EventMetadata.GLOBAL_POSITION);
        long position = global instanceof Number number ? number.longValue() : message.getSequenceNumber();
        return new ConventionTexts.Stamped(message.getPayload(), message.getTimestamp(), position);
    }
}
