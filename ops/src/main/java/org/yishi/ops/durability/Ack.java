package org.yishi.ops.durability;

/**
 * One commit that {@link AppendUntilKilled} saw acknowledged: {@code appendEvents} had returned for it.
 *
 * @param firstEventId identifier of the commit's first event, which tells this commit apart from any other that
 *                     might have been stored under the same aggregate
 */
record Ack(String aggregateId, int eventCount, String firstEventId) {

    static final String PREFIX = "ACK ";

    String line() {
        return PREFIX + aggregateId + ' ' + eventCount + ' ' + firstEventId;
    }

    static Ack parse(String line) {
        String[] fields = line.substring(PREFIX.length()).split(" ");
        if (fields.length != 3) {
            throw new IllegalArgumentException("Not an ACK line: " + line);
        }
        return new Ack(fields[0], Integer.parseInt(fields[1]), fields[2]);
    }

    String label() {
        return AppendUntilKilled.labelOf(aggregateId);
    }
}
