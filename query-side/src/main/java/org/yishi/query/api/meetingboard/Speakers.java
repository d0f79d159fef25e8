package org.yishi.query.api.meetingboard;

import java.util.List;

/** The speaker who has the floor ({@code current}, null if nobody) and the list of those waiting, in order. */
public record Speakers(Speaker current, List<Speaker> waiting) {
}
