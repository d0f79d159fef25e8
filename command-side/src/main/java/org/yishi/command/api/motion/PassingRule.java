package org.yishi.command.api.motion;

import org.yishi.command.api.community.Fraction;

/**
 * When a yes / no / abstain motion passes: the yes votes must be strictly more than {@code share} of the base, or at
 * least {@code share} of it when {@code atLeast} (two-thirds is usually "at least two-thirds"). The base is those
 * present (in a session: the eligible voters checked in when the vote opened; online: those who took part) or the
 * votes cast for and against.
 */
public record PassingRule(Fraction share, boolean atLeast, PassingBase base) {

    /** More than half of those present: the residents' meeting's default (Organic Law, art. 10). */
    public static PassingRule moreThanHalfOfPresent() {
        return new PassingRule(new Fraction(1, 2), false, PassingBase.PRESENT);
    }

    public static PassingRule moreThanHalfOfCast() {
        return new PassingRule(new Fraction(1, 2), false, PassingBase.CAST);
    }

    public static PassingRule twoThirdsOfPresent() {
        return new PassingRule(new Fraction(2, 3), true, PassingBase.PRESENT);
    }
}
