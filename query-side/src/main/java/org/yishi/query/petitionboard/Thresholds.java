package org.yishi.query.petitionboard;

import org.yishi.command.api.community.Fraction;
import org.yishi.query.api.petitions.Tally;

/** Counts signatures against a share of a total, as the law states it: at least one fifth, one third. */
final class Thresholds {

    private Thresholds() {
    }

    /**
     * The threshold is the smallest whole number of signers that is at least the share of the total. A community
     * with none registered yet has a threshold of zero, which an empty petition must not be said to reach, so
     * reaching it takes at least one signer.
     */
    static Tally tally(int signed, int total, Fraction share) {
        int threshold = (int) -Math.floorDiv(-(long) share.numerator() * total, share.denominator());
        return new Tally(signed, total, share.numerator(), share.denominator(), threshold,
                         signed > 0 && signed >= threshold);
    }
}
