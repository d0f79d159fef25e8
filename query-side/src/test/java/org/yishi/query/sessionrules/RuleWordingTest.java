package org.yishi.query.sessionrules;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;

import static org.assertj.core.api.Assertions.assertThat;

class RuleWordingTest {

    @Test
    void halfReadsAsMoreThanHalfAndOtherSharesAsTheLawWritesThem() {
        assertThat(RuleWording.quorum(new Fraction(1, 2))).isEqualTo("过半数 / more than half");
        assertThat(RuleWording.quorum(new Fraction(2, 3))).isEqualTo("超过三分之二 / more than two thirds");
        assertThat(RuleWording.quorum(new Fraction(1, 4))).isEqualTo("超过四分之一 / more than one quarter");
        assertThat(RuleWording.quorum(new Fraction(7, 12))).isEqualTo("超过12分之七 / more than 7/12");
    }

    @Test
    void noQuorumReadsAsNothing() {
        assertThat(RuleWording.quorum(null)).isNull();
    }

    @Test
    void aRuleSetIsDescribedInChineseThenEnglish() {
        assertThat(RuleWording.description(RuleSet.defaultFor(SessionKind.RESIDENTS_MEETING)))
                .isEqualTo("居民会议规则第0版：全体有选举权的居民，过半数出席，出席者过半数通过 / residents' meeting rules, "
                           + "version 0: all adult residents, more than half present, passed by more than half of "
                           + "those present");
        assertThat(RuleWording.description(RuleSet.defaultFor(SessionKind.DELIBERATION_DAY)))
                .startsWith("党群议事日规则第0版：全体有选举权的居民，不设出席人数要求，出席者过半数通过 / ")
                .contains("no quorum");
    }
}
