package org.yishi.command.api.community;

/** The roles a person can hold in one community. */
public enum Role {
    RESIDENT("居民", "resident"),
    HOUSEHOLD_REPRESENTATIVE("户代表", "household representative"),
    COMMITTEE_MEMBER("议事委员", "committee member"),
    MODERATOR("主持人", "moderator"),
    PARTY_SECRETARY("社区党委书记", "party secretary"),
    STAKEHOLDER_REPRESENTATIVE("利益相关方代表", "stakeholder representative"),
    GROUP_REPRESENTATIVE("居民小组代表", "residents' group representative"),
    ADMINISTRATOR("社区管理员", "community administrator"),
    SUPERVISOR("监督委员会成员", "supervision committee member"),
    /** Visits the households of the residents' groups assigned to them ({@code AssignGridGroups}). */
    GRID_WORKER("网格员", "grid worker");

    private final String chinese;
    private final String english;

    Role(String chinese, String english) {
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
