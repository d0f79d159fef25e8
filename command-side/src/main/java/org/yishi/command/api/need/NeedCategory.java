package org.yishi.command.api.need;

/** What a need is about; needs are merged only within one category. */
public enum NeedCategory {
    ELDERLY_CARE("养老助老", "elderly care"),
    CHILDREN("儿童关爱", "children"),
    DISABILITY("助残", "disability"),
    HARDSHIP("困难帮扶", "hardship"),
    ENVIRONMENT("环境卫生", "environment"),
    SAFETY("平安建设", "safety"),
    NEIGHBOURHOOD_DISPUTES("邻里纠纷", "neighbourhood disputes"),
    FACILITIES("设施维修", "facilities"),
    OTHER("其他", "other");

    private final String chinese;
    private final String english;

    NeedCategory(String chinese, String english) {
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
