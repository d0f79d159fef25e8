package org.yishi.command.decision;

import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.session.RuleSet;

import java.util.stream.Collectors;

/**
 * The draft text of a decision from a passed motion: the count, the quorum and the rule applied, in Chinese, then in
 * English, stating only what the events say, and that a consultation's vote only recommends. The committee rewrites
 * it into the decision's wording before review.
 */
final class ResultStatement {

    private ResultStatement() {
    }

    static String of(MotionOpened opened, MotionClosed closed) {
        Tally tally = closed.tally();
        Computation computation = closed.computation();
        RuleSet ruleSet = closed.ruleSet() != null ? closed.ruleSet() : opened.ruleSet();
        StringBuilder chinese = new StringBuilder("表决通过：");
        StringBuilder english = new StringBuilder("Passed: ");
        chinese.append(opened.options().stream().map(option -> option.chinese() + " " + count(tally, option) + " 票")
                             .collect(Collectors.joining("，")));
        english.append(opened.options().stream().map(option -> option.english() + " " + count(tally, option))
                             .collect(Collectors.joining(", ")));
        chinese.append("；计票 ").append(tally.ballots()).append("，应投 ").append(tally.eligible());
        english.append("; ").append(tally.ballots()).append(" ballots of ").append(tally.eligible())
               .append(" eligible");
        if (computation != null && computation.quorumRequired() > 0) {
            chinese.append("；参加 ").append(computation.tookPart()).append("，法定人数 ")
                   .append(computation.quorumRequired());
            english.append("; ").append(computation.tookPart()).append(" took part, quorum ")
                   .append(computation.quorumRequired());
        }
        chinese.append("。");
        english.append(".");
        if (opened.method() == Method.SINGLE_CHOICE) {
            opened.options().stream().filter(option -> option.key().equals(closed.chosen())).findFirst()
                  .ifPresent(option -> {
                      chinese.append("选定：").append(option.chinese()).append("。");
                      english.append(" Chosen: ").append(option.english()).append(".");
                  });
        }
        chinese.append("通过规则：").append(ruleInChinese(opened, computation));
        english.append(" Rule applied: ").append(ruleInEnglish(opened, computation));
        if (ruleSet != null) {
            chinese.append("（规则版本 ").append(ruleSet.version()).append("）");
            english.append(" (rule set version ").append(ruleSet.version()).append(")");
        }
        chinese.append("。");
        english.append(".");
        if (!opened.binding()) {
            chinese.append("本次为协商表决，结果作为建议。");
            english.append(" A consultation's vote: the result is a recommendation.");
        }
        return chinese.append("\n").append(english).toString();
    }

    private static int count(Tally tally, MotionOption option) {
        return tally.counts().getOrDefault(option.key(), 0);
    }

    private static String ruleInChinese(MotionOpened opened, Computation computation) {
        return switch (opened.method()) {
            case YES_NO_ABSTAIN -> {
                PassingRule passing = opened.passing();
                yield "赞成票" + (passing.atLeast() ? "不少于" : "超过") + passing.base().chinese() + "的"
                      + fraction(passing.share());
            }
            case SINGLE_CHOICE -> "得票最多的选项当选" + (lotDrawn(computation) ? "，平票抽签决定" : "");
            case CONSENT -> "无人反对即通过";
        };
    }

    private static String ruleInEnglish(MotionOpened opened, Computation computation) {
        return switch (opened.method()) {
            case YES_NO_ABSTAIN -> {
                PassingRule passing = opened.passing();
                yield "yes votes " + (passing.atLeast() ? "at least " : "more than ") + fraction(passing.share())
                      + " of " + passing.base().english();
            }
            case SINGLE_CHOICE -> "the option with the most votes is chosen"
                                  + (lotDrawn(computation) ? ", a tie settled by lot" : "");
            case CONSENT -> "passes unless someone objects";
        };
    }

    private static boolean lotDrawn(Computation computation) {
        return computation != null && computation.lot() != null && computation.leading() != null
               && computation.leading().size() > 1;
    }

    private static String fraction(Fraction share) {
        return share.numerator() + "/" + share.denominator();
    }
}
