package org.yishi.command.api;

/** Metadata keys that every tracked event carries when it reaches an event handler. */
public final class EventMetadata {

    /**
     * The event's own global position in the store. A tracking token's position is the highest position a processor
     * has seen, which for an event delivered late (a gap filled) is not the event's own; boards and replays need
     * the event's own.
     */
    public static final String GLOBAL_POSITION = "globalPosition";

    private EventMetadata() {
    }
}
