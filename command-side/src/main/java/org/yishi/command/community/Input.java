package org.yishi.command.community;

import org.yishi.command.api.Rejection;

/** Checks on what a command carries, each failing with a message in Chinese and English. */
final class Input {

    private Input() {
    }

    static <T> T required(T value, String chinese, String english) {
        if (value == null) {
            throw new Rejection(chinese + "不能为空", english + " is required");
        }
        return value;
    }

    /** The text without surrounding spaces, which people type by accident and then cannot see. */
    static String text(String value, String chinese, String english) {
        if (value == null || value.isBlank()) {
            throw new Rejection(chinese + "不能为空", english + " is required");
        }
        return value.strip();
    }

    static String text(String value, int maxLength, String chinese, String english) {
        String text = text(value, chinese, english);
        if (text.length() > maxLength) {
            throw new Rejection(chinese + "不能超过" + maxLength + "个字",
                                english + " has at most " + maxLength + " characters");
        }
        return text;
    }

    /** Null when left empty, so that "no value" has one form in events. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
