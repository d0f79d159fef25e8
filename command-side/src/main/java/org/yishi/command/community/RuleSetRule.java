package org.yishi.command.community;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.session.RuleSet;

/**
 * A community's own rules for a kind of session: a quorum is a share below the whole electorate (none at all for a
 * consultation), and a majority at least half of those present but short of all of them, or nothing could pass.
 */
final class RuleSetRule {

    private RuleSetRule() {
    }

    static void check(RuleSet proposed, RuleSet current) {
        Input.required(proposed, "会议规则", "The rule set");
        Input.required(proposed.kind(), "会议类型", "The kind of session");
        Input.required(proposed.electorate(), "选民范围", "The electorate");
        Fraction quorum = proposed.quorum();
        if (quorum != null && !(wellFormed(quorum) && quorum.numerator() >= 0
                                && quorum.numerator() < quorum.denominator())) {
            throw new Rejection("法定人数比例须不小于零且小于全部", "A quorum must be a share of at least none and less than all");
        }
        Fraction majority = proposed.majority();
        if (majority == null || !(wellFormed(majority) && 2L * majority.numerator() >= majority.denominator()
                                  && majority.numerator() < majority.denominator())) {
            throw new Rejection("通过比例须不小于一半且小于全部", "A majority must be a share of at least half and less than all");
        }
        if (proposed.electorate() == current.electorate() && same(quorum, current.quorum())
            && same(majority, current.majority())) {
            throw new Rejection("会议规则未改变", "These are already the rules for this kind of session");
        }
    }

    private static boolean wellFormed(Fraction share) {
        return share.denominator() > 0;
    }

    /** One half and two quarters are the same share. */
    private static boolean same(Fraction one, Fraction other) {
        return one == null ? other == null
                           : other != null && (long) one.numerator() * other.denominator()
                                              == (long) other.numerator() * one.denominator();
    }
}
