package org.yishi.query.api.petitions;

/**
 * One of the three counts: {@code signed} of {@code total}, against {@code threshold} = ceil(numerator / denominator ×
 * total).
 */
public record Tally(int signed, int total, int numerator, int denominator, int threshold, boolean reached) {
}
