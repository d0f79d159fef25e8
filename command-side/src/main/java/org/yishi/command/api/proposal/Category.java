package org.yishi.command.api.proposal;

/** What a proposal is about, so the committee and the archive can group like with like. */
public enum Category {
    NOISE("噪音", "noise"),
    PARKING("停车", "parking"),
    PETS("宠物", "pets"),
    ENVIRONMENT("环境卫生", "environment and sanitation"),
    SAFETY("安全", "safety"),
    FACILITIES("设施", "facilities"),
    OTHER("其他", "other");

    private final String chinese;
    private final String english;

    Category(String chinese, String english) {
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
