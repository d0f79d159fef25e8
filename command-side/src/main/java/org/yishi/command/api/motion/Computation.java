package org.yishi.command.api.motion;

import org.yishi.command.api.community.Fraction;

import java.util.List;

/**
 * How the result was reached, so that the board and the minutes can show the rule applied. Quorum: {@code tookPart}
 * units of the roll against {@code quorumRequired} (0 when none applies). Yes / no / abstain: {@code
 * votesFor} against {@code base} with {@code share} ({@code atLeast} or strictly more). Single choice: {@code
 * leading} option keys with the most votes, and the {@code chosen} one. Consent: {@code votesFor} is the number of
 * objections. Fields that do not apply to the method are 0, null or empty.
 */
public record Computation(int tookPart, int quorumRequired, boolean quorate, int votesFor, int base, Fraction share,
                          boolean atLeast, PassingBase passingBase, List<String> leading, String chosen,
                          Long lot) {
}
