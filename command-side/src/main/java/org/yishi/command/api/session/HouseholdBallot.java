package org.yishi.command.api.session;

/**
 * Under one vote per household, whose ballot speaks for the household: its designated representative's, or the
 * first valid ballot cast by anyone of the household. A rule-set choice, shown on the ballot.
 */
public enum HouseholdBallot {
    REPRESENTATIVE("由户代表投票", "the household representative votes"),
    FIRST_BALLOT("本户第一张有效票计入", "the household's first valid ballot counts");

    private final String chinese;
    private final String english;

    HouseholdBallot(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
