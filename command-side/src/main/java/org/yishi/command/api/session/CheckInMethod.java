package org.yishi.command.api.session;

/** How a participant was checked in. */
public enum CheckInMethod {
    CODE("现场签到码", "join code in the room"),
    ONLINE("线上签到", "online"),
    STAFF("工作人员代签", "by staff");
    private final String chinese;
    private final String english;

    CheckInMethod(String chinese, String english) {
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
