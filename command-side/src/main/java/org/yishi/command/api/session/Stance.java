package org.yishi.command.api.session;

/** A participant's position on the item under discussion. */
public enum Stance {
    SUPPORT("支持", "support"),
    OPPOSE("反对", "oppose"),
    CONCERN("有顾虑", "concern");
    private final String chinese;
    private final String english;

    Stance(String chinese, String english) {
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
