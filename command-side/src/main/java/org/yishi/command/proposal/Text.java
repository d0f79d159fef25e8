package org.yishi.command.proposal;

import org.yishi.command.api.Rejection;

/**
 * Length rules for what people type. Text is trimmed first, and length is counted in characters as a reader sees
 * them (code points), so a Chinese character or an emoji counts once.
 */
final class Text {

    private Text() {
    }

    /** Returns the trimmed text, or rejects it with the given message when it is missing or out of bounds. */
    static String required(String value, int min, int max, String chinese, String english) {
        String text = value == null ? "" : value.strip();
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            throw new Rejection(chinese, english);
        }
        return text;
    }

    /** Returns the trimmed text, or null when nothing was given. */
    static String optional(String value, int max, String chinese, String english) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return required(value, 1, max, chinese, english);
    }
}
