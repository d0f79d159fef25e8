package org.yishi.query.motionrules;

import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.query.api.motions.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a motion's rules and its result read on a ballot, a board and a decision page, in Chinese and in English: the
 * voter sees by what rule the vote is decided before they vote, and everyone sees afterwards how the rule was applied.
 */
public final class MotionWording {

    private static final String[] CHINESE_NUMBERS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] ENGLISH_NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                                                     "eight", "nine", "ten"};
    private static final String[] ENGLISH_PARTS = {null, null, "half", "third", "quarter", "fifth", "sixth", "seventh",
                                                   "eighth", "ninth", "tenth"};

    private MotionWording() {
    }

    /** One line each: the method with its passing or tie rule, the quorum, the unit, secrecy, changing a ballot. */
    public static List<Wording> rules(MotionOpened opened) {
        List<Wording> rules = new ArrayList<>();
        rules.add(new Wording("表决方式：" + opened.method().chinese(), "Method: " + opened.method().english()));
        rules.add(decidedBy(opened));
        if (opened.quorumRequired() > 0) {
            rules.add(new Wording("至少 " + opened.quorumRequired() + " 票参加表决，结果方为有效",
                                  "at least " + opened.quorumRequired() + " must take part for the result to count"));
        }
        if (opened.unit() == VotingUnit.HOUSEHOLD) {
            rules.add(new Wording(opened.unit().chinese() + "：" + opened.householdBallot().chinese(),
                                  opened.unit().english() + ": " + opened.householdBallot().english()));
        } else {
            rules.add(new Wording(opened.unit().chinese(), opened.unit().english()));
        }
        rules.add(opened.secrecy() == Secrecy.SECRET
                  ? new Wording("不记名投票：表决期间只显示投票人数，结束后公布结果",
                                "secret ballot: only turnout shows while the vote is open, the result when it closes")
                  : new Wording("记名投票：表决结束后公布结果",
                                "named ballot: the result shows when the vote closes"));
        rules.add(opened.changeable()
                  ? new Wording("表决结束前可以改票", "you can change your vote until the vote closes")
                  : new Wording("投票后不能更改", "a ballot cannot be changed once cast"));
        return rules;
    }

    private static Wording decidedBy(MotionOpened opened) {
        return switch (opened.method()) {
            case YES_NO_ABSTAIN -> passing(opened.passing());
            case SINGLE_CHOICE -> new Wording("得票最多的选项当选；" + opened.tieRule().chinese(),
                                              "the option with the most votes is chosen; "
                                              + opened.tieRule().english());
            case CONSENT -> new Wording("无人反对即通过；反对须说明理由，理由将公开",
                                        "passes unless someone objects; an objection must give a reason, "
                                        + "and objections are shown");
        };
    }

    static Wording passing(PassingRule rule) {
        return new Wording("赞成票" + (rule.atLeast() ? "达到" : "超过") + rule.base().chinese() + "的"
                           + chinese(rule.share()) + "即通过",
                           "passes when yes votes are " + (rule.atLeast() ? "at least " : "more than ")
                           + english(rule.share()) + " of " + rule.base().english());
    }

    /** How the recorded computation reached the outcome, naming options by their labels. */
    public static Wording explanation(MotionClosed closed, Method method, List<MotionOption> options) {
        Computation computation = closed.computation();
        ResultOutcome outcome = closed.outcome();
        if (outcome == ResultOutcome.NO_QUORUM) {
            return new Wording("参加表决 " + computation.tookPart() + "，未达到所需的 " + computation.quorumRequired()
                               + "：" + outcome.chinese(),
                               computation.tookPart() + " took part, fewer than the " + computation.quorumRequired()
                               + " required: " + outcome.english());
        }
        return switch (method) {
            case YES_NO_ABSTAIN -> {
                Fraction share = computation.share();
                String chineseShare = share == null ? "" : chinese(share);
                String englishShare = share == null ? "" : english(share);
                String base = computation.passingBase() == null ? "" : computation.passingBase().chinese();
                String englishBase = computation.passingBase() == null ? "" : computation.passingBase().english();
                yield new Wording("赞成 " + computation.votesFor() + " 票，" + base + " " + computation.base() + "，需"
                                  + (computation.atLeast() ? "达到" : "超过") + chineseShare + "：" + outcome.chinese(),
                                  computation.votesFor() + " yes out of " + computation.base() + " (" + englishBase
                                  + "), " + (computation.atLeast() ? "at least " : "more than ") + englishShare
                                  + " needed: " + outcome.english());
            }
            case SINGLE_CHOICE -> {
                String leadingChinese = labels(computation.leading(), options, true);
                String leadingEnglish = labels(computation.leading(), options, false);
                String chosen = computation.chosen();
                String lotChinese = computation.lot() == null ? "" : "，抽签（" + computation.lot() + "）";
                String lotEnglish = computation.lot() == null ? "" : ", by lot (" + computation.lot() + ")";
                yield new Wording("得票最多：" + leadingChinese + lotChinese + "；"
                                  + (chosen == null ? "未产生结果" : "当选：" + label(chosen, options, true))
                                  + "：" + outcome.chinese(),
                                  "most votes: " + leadingEnglish + lotEnglish + "; "
                                  + (chosen == null ? "nothing chosen" : "chosen: " + label(chosen, options, false))
                                  + ": " + outcome.english());
            }
            case CONSENT -> new Wording(computation.votesFor() + " 人反对：" + outcome.chinese(),
                                        computation.votesFor() + " objected: " + outcome.english());
        };
    }

    private static String labels(List<String> keys, List<MotionOption> options, boolean chinese) {
        if (keys == null || keys.isEmpty()) {
            return chinese ? "无" : "none";
        }
        return keys.stream().map(key -> label(key, options, chinese)).collect(Collectors.joining(chinese ? "、" : ", "));
    }

    private static String label(String key, List<MotionOption> options, boolean chinese) {
        return options.stream().filter(option -> option.key().equals(key)).findFirst()
                      .map(option -> chinese ? option.chinese() : option.english()).orElse(key);
    }

    static String chinese(Fraction share) {
        return number(share.denominator(), CHINESE_NUMBERS, Integer.toString(share.denominator())) + "分之"
               + number(share.numerator(), CHINESE_NUMBERS, Integer.toString(share.numerator()));
    }

    static String english(Fraction share) {
        int numerator = share.numerator();
        int denominator = share.denominator();
        if (denominator < 2 || denominator > 10 || numerator < 1 || numerator > 10) {
            return numerator + "/" + denominator;
        }
        if (denominator == 2 && numerator == 1) {
            return "half";
        }
        return ENGLISH_NUMBERS[numerator] + " " + ENGLISH_PARTS[denominator] + (numerator > 1 ? "s" : "");
    }

    private static String number(int number, String[] names, String otherwise) {
        return number >= 0 && number < names.length ? names[number] : otherwise;
    }
}
