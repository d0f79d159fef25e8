package org.yishi.ops.live;

/**
 * The little of STOMP 1.2 a board viewer needs: CONNECT, SUBSCRIBE, and reading a MESSAGE's subscription, position
 * and timestamp without parsing its JSON body. Frames are text; each ends with a NUL. The readers work on the
 * characters as the WebSocket delivered them, between {@code from} and {@code to}, without copying: ten thousand
 * viewers read two hundred thousand messages a second on the same two cores as the application.
 */
final class BoardFrames {

    static final String TOPIC_SUBSCRIPTION = "board";
    static final String CATCH_UP_SUBSCRIPTION = "catch-up";
    static final char NUL = '\0';

    private BoardFrames() {
    }

    /** No heart-beats from this client and none asked of the server: the run is short and every socket is busy. */
    static String connect(String host) {
        return "CONNECT\naccept-version:1.2\nhost:" + host + "\nheart-beat:0,0\n\n" + NUL;
    }

    static String subscribe(String id, String destination) {
        return "SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\nack:auto\n\n" + NUL;
    }

    /** Whether the frame at {@code from} is the command {@code command} (its first line). */
    static boolean isCommand(CharSequence text, int from, int to, String command) {
        int end = from + command.length();
        return end < to && text.charAt(end) == '\n' && startsWith(text, from, command);
    }

    /** Where the blank line after the headers ends (the body's start), or -1. */
    static int bodyStart(CharSequence text, int from, int to) {
        int blank = indexOf(text, "\n\n", from, to);
        return blank < 0 ? -1 : blank + 2;
    }

    /** Whether the header {@code name} has {@code value}; STOMP's first occurrence of a header wins. */
    static boolean headerIs(CharSequence text, int from, int headersEnd, String name, String value) {
        int at = indexOf(text, "\n" + name + ":", from, headersEnd);
        if (at < 0) {
            return false;
        }
        int valueStart = at + name.length() + 2;
        int valueEnd = valueStart + value.length();
        return valueEnd < headersEnd && text.charAt(valueEnd) == '\n' && startsWith(text, valueStart, value);
    }

    /** The value of one header, or null; for the rare frames (ERROR), not for messages. */
    static String header(CharSequence text, int from, int to, String name) {
        int headersEnd = bodyStart(text, from, to);
        int at = indexOf(text, "\n" + name + ":", from, headersEnd < 0 ? to : headersEnd);
        if (at < 0) {
            return null;
        }
        int valueStart = at + name.length() + 2;
        int valueEnd = indexOf(text, "\n", valueStart, to);
        return text.subSequence(valueStart, valueEnd < 0 ? to : valueEnd).toString();
    }

    /**
     * The number after the first {@code key} (such as {@code "position":}) between {@code from} and {@code to}. In a
     * {@code BoardUpdate} the update's own fields come before its sections, so the first is the update's.
     */
    static long firstLong(CharSequence text, String key, int from, int to) {
        int at = indexOf(text, key, from, to);
        if (at < 0) {
            throw new IllegalArgumentException("No " + key + " in " + abbreviate(text, from, to));
        }
        int i = at + key.length();
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        boolean negative = i < to && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < to && Character.isDigit(text.charAt(i))) {
            value = value * 10 + (text.charAt(i++) - '0');
            digits++;
        }
        if (digits == 0) {
            throw new IllegalArgumentException("No number after " + key + " in " + abbreviate(text, from, to));
        }
        return negative ? -value : value;
    }

    static long firstLong(CharSequence text, String key, int from) {
        return firstLong(text, key, from, text.length());
    }

    /** The string after the first {@code key} (such as {@code "at":"}) between {@code from} and {@code to}. */
    static String firstString(CharSequence text, String key, int from, int to) {
        int at = indexOf(text, key, from, to);
        if (at < 0) {
            throw new IllegalArgumentException("No " + key + " in " + abbreviate(text, from, to));
        }
        int start = at + key.length();
        int end = indexOf(text, "\"", start, to);
        return text.subSequence(start, end < 0 ? to : end).toString();
    }

    static String abbreviate(CharSequence text, int from, int to) {
        return to - from <= 300 ? text.subSequence(from, to).toString()
                                : text.subSequence(from, from + 300) + "…";
    }

    static String abbreviate(String text) {
        return abbreviate(text, 0, text.length());
    }

    static int indexOf(CharSequence text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    static int indexOf(CharSequence text, String key, int from, int to) {
        char first = key.charAt(0);
        for (int i = from; i <= to - key.length(); i++) {
            if (text.charAt(i) == first && startsWith(text, i, key)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
