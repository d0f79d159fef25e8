package org.yishi.command.community;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.PetitionThresholds;

/** Each petition threshold is a share of its electorate: more than nobody, at most everybody. */
final class PetitionThresholdRule {

    private PetitionThresholdRule() {
    }

    static void check(PetitionThresholds proposed, PetitionThresholds current) {
        Input.required(proposed, "联名门槛", "The petition thresholds");
        checkShare(proposed.adultResidents(), "成年居民", "adult residents");
        checkShare(proposed.households(), "户", "households");
        checkShare(proposed.residentsGroups(), "居民小组", "residents' groups");
        if (proposed.equals(current)) {
            throw new Rejection("联名门槛未改变", "These are already the petition thresholds");
        }
    }

    private static void checkShare(Fraction share, String chinese, String english) {
        if (share == null || share.numerator() <= 0 || share.numerator() > share.denominator()) {
            throw new Rejection(chinese + "的联名比例须大于零且不超过全部",
                                "The share of " + english + " must be more than none and at most all");
        }
    }
}
