package org.yishi.web.live;

/** Why a STOMP frame was refused, in Chinese and English; the client gets it in an ERROR frame. */
class LiveRefusal extends RuntimeException {

    private final String code;
    private final String chinese;
    private final String english;

    LiveRefusal(String code, String chinese, String english) {
        super(chinese + " / " + english);
        this.code = code;
        this.chinese = chinese;
        this.english = english;
    }

    String code() {
        return code;
    }

    String chinese() {
        return chinese;
    }

    String english() {
        return english;
    }
}
