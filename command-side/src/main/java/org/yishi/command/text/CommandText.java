package org.yishi.command.text;

import org.yishi.command.api.Rejection;

/**
 * What a command carries, checked the one way every feature needs: text trimmed and counted in characters as people
 * see them (code points), values present; each refusal in Chinese and English.
 */
public final class CommandText {

    private CommandText() {
    }

    public static String required(String value, int max, String chinese, String english) {
        String text = optional(value, max, chinese, english);
        if (text == null) {
            throw new Rejection(chinese + "不能为空", english + " is required");
        }
        return text;
    }

    /** Null when left empty, so that "nothing said" has one form in events. */
    public static String optional(String value, int max, String chinese, String english) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw new Rejection(chinese + "不能超过" + max + "个字", english + " has at most " + max + " characters");
        }
        return text;
    }

    public static <T> T present(T value, String chinese, String english) {
        if (value == null) {
            throw new Rejection(chinese + "不能为空", english + " is required");
        }
        return value;
    }
}
