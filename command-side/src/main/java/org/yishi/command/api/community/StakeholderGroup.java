package org.yishi.command.api.community;

/** The group a stakeholder representative speaks for. */
public enum StakeholderGroup {
    PROPERTY_MANAGEMENT("物业", "property management"),
    MERCHANT("商户", "merchant"),
    CO_BUILDING_UNIT("共建单位", "co-building unit");

    private final String chinese;
    private final String english;

    StakeholderGroup(String chinese, String english) {
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
