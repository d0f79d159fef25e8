package org.yishi.query.api.meetingboard;

/**
 * Who is here. {@code present} counts towards the quorum under the session's electorate (persons, households or
 * group representatives), out of {@code electorateSize}; {@code required} is 0 when the session needs no quorum.
 * {@code attendees} counts everyone checked in, whether they count or not (merchants, staff, ...), split into
 * {@code inRoom} (join code or staff) and {@code online}.
 */
public record Presence(String electorate, int electorateSize, int present, int required, boolean quorumReached,
                       int attendees, int inRoom, int online) {
}
