package org.yishi.command.eventstore;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.yishi.command.api.EventMetadata;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** An idempotent projection keyed by event id, that also records the global position each event arrived with. */
class TallyProjection {

    final Map<String, Long> totals = new ConcurrentHashMap<>();
    final Map<Long, String> eventsByPosition = new ConcurrentSkipListMap<>();
    final Map<String, Long> positionsByEvent = new ConcurrentHashMap<>();
    final List<Long> deliveryOrder = new CopyOnWriteArrayList<>();
    final AtomicLong handled = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();

    @EventHandler
    void on(Tally.TallyOpened event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @MessageIdentifier String id) {
        record(id, position);
        totals.putIfAbsent(event.id(), 0L);
    }

    @EventHandler
    void on(Tally.TallyIncreased event, @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position,
            @MessageIdentifier String id) {
        record(id, position);
        totals.merge(event.id(), event.totalAfter(), Math::max);
    }

    private void record(String eventId, long position) {
        handled.incrementAndGet();
        deliveryOrder.add(position);
        if (positionsByEvent.putIfAbsent(eventId, position) != null) {
            duplicates.incrementAndGet();
        }
        eventsByPosition.put(position, eventId);
    }

    @ResetHandler
    void reset() {
        totals.clear();
        eventsByPosition.clear();
        positionsByEvent.clear();
        deliveryOrder.clear();
    }

    int size() {
        return positionsByEvent.size();
    }
}
