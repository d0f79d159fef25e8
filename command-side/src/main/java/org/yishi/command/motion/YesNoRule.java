package org.yishi.command.motion;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;

/**
 * When a yes / no / abstain motion passes: the yes votes against the base, strictly more than the share or at least
 * it. The base is those present (the units on a session's roll, or the units that took part online) or the votes
 * cast, yes and no, so that an abstention counts as present but not as cast.
 */
record YesNoRule(PassingRule passing) {

    /** What the count says: the yes votes, the base they were measured against, and whether they carry it. */
    record Decision(int votesFor, int base, boolean passed) {
    }

    /** A passing rule as a motion may use it: a share strictly between nothing and all, and a base. */
    static PassingRule check(PassingRule passing) {
        if (passing == null || passing.base() == null || passing.share() == null) {
            throw new Rejection("赞成/反对/弃权表决须写明通过规则（比例和计算基数）",
                                "A yes / no / abstain vote needs its passing rule: a share and what it is counted against");
        }
        Fraction share = passing.share();
        if (share.denominator() <= 0 || share.numerator() <= 0 || share.numerator() >= share.denominator()) {
            throw new Rejection("通过比例须大于0且小于1", "The passing share must be more than 0 and less than 1");
        }
        return passing;
    }

    Decision decide(int yes, int no, int present) {
        int base = passing.base() == PassingBase.PRESENT ? present : yes + no;
        long votes = (long) yes * passing.share().denominator();
        long needed = (long) base * passing.share().numerator();
        boolean passed = base > 0 && (passing.atLeast() ? votes >= needed : votes > needed);
        return new Decision(yes, base, passed);
    }
}
