package org.yishi.query.sessionrules;

import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.session.RuleSet;

/**
 * How a session's rule set reads on a board and in the minutes, in Chinese then English, as the law states it: "过半数
 * / more than half", "超过三分之二 / more than two thirds".
 */
public final class RuleWording {

    private static final String[] CHINESE_NUMBERS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] ENGLISH_NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                                                     "eight", "nine", "ten"};
    private static final String[] ENGLISH_PARTS = {null, null, "half", "third", "quarter", "fifth", "sixth", "seventh",
                                                   "eighth", "ninth", "tenth"};

    private RuleWording() {
    }

    /** The quorum as a board shows it, or null when the session needs none. */
    public static String quorum(Fraction quorum) {
        return quorum == null ? null : chinese(quorum) + " / " + english(quorum);
    }

    /** For instance "居民会议规则第0版：全体有选举权的居民，过半数出席，出席者过半数通过 / residents' meeting rules, ...". */
    public static String description(RuleSet rules) {
        String chinese = rules.kind().chinese() + "规则第" + rules.version() + "版：" + rules.electorate().chinese() + "，"
                         + (rules.quorum() == null ? "不设出席人数要求" : chinese(rules.quorum()) + "出席")
                         + "，出席者" + chinese(rules.majority()) + "通过";
        String english = rules.kind().english() + " rules, version " + rules.version() + ": "
                         + rules.electorate().english() + ", "
                         + (rules.quorum() == null ? "no quorum" : english(rules.quorum()) + " present")
                         + ", passed by " + english(rules.majority()) + " of those present";
        return chinese + " / " + english;
    }

    static String chinese(Fraction share) {
        if (share.numerator() * 2 == share.denominator()) {
            return "过半数";
        }
        return "超过" + chineseNumber(share.denominator()) + "分之" + chineseNumber(share.numerator());
    }

    static String english(Fraction share) {
        int numerator = share.numerator();
        int denominator = share.denominator();
        if (numerator * 2 == denominator) {
            return "more than half";
        }
        if (denominator < 2 || denominator > 10 || numerator < 1 || numerator > 10) {
            return "more than " + numerator + "/" + denominator;
        }
        String part = ENGLISH_PARTS[denominator] + (numerator > 1 ? "s" : "");
        return "more than " + ENGLISH_NUMBERS[numerator] + " " + part;
    }

    private static String chineseNumber(int number) {
        return number >= 0 && number <= 10 ? CHINESE_NUMBERS[number] : Integer.toString(number);
    }
}
