package org.yishi.command.api.convention;

/** What an amendment asks for. */
public enum AmendmentKind {
    REWORD("修改条款", "new wording for a clause"),
    NEW_CLAUSE("新增条款", "a new clause"),
    REMOVE("删除条款", "removing a clause");

    private final String chinese;
    private final String english;

    AmendmentKind(String chinese, String english) {
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
