package org.yishi.command.api.motion;

import java.util.List;
import java.util.Map;

/**
 * The count when a motion closed. {@code counts}: ballots per option key, every option listed (0 included).
 * {@code ballots}: ballots counted (a household's ballot once). {@code eligible}: units on the roll.
 * {@code objections}: the reasons given with objections to a consent motion, in a fixed order (sorted by text),
 * never with a voter's name on a secret ballot.
 */
public record Tally(Map<String, Integer> counts, int ballots, int eligible, List<String> objections) {
}
