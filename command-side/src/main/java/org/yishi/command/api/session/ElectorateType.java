package org.yishi.command.api.session;

/** Who counts towards a session's quorum and, in a vote, who may vote. */
public enum ElectorateType {
    ADULT_RESIDENTS("全体有选举权的居民", "all adult residents"),
    HOUSEHOLDS("每户一名代表", "one representative per household"),
    GROUP_REPRESENTATIVES("居民小组代表", "representatives of the residents' groups");
    private final String chinese;
    private final String english;

    ElectorateType(String chinese, String english) {
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
