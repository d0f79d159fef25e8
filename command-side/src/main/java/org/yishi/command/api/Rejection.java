package org.yishi.command.api;

/**
 * A command that cannot be carried out as asked: malformed, not allowed for the caller, or against a rule. It
 * carries its message in Chinese and in English, for the person who asked.
 */
public class Rejection extends RuntimeException {

    private final String chinese;
    private final String english;

    public Rejection(String chinese, String english) {
        super(chinese + " / " + english);
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
