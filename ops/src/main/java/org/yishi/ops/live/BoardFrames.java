package org.yishi.ops.live;

/**
 * The little of STOMP 1.2 a board viewer needs: CONNECT, SUBSCRIBE, and reading a MESSAGE's subscription, position
 * and timestamp without parsing its JSON body. Frames are text; each ends with a NUL.
 */
final class BoardFrames {

    static final String TOPIC_SUBSCRIPTION = "board";
    static final String CATCH_UP_SUBSCRIPTION = "catch-up";
    private static final char NUL = '\0';

    private BoardFrames() {
    }

    /** No heart-beats from this client and none asked of the server: the run is short and every socket is busy. */
    static String connect(String host) {
        return "CONNECT\naccept-version:1.2\nhost:" + host + "\nheart-beat:0,0\n\n" + NUL;
    }

    static String subscribe(String id, String destination) {
        return "SUBSCRIBE\nid:" + id + "\ndestination:" + destination + "\nack:auto\n\n" + NUL;
    }

    /** The frame's command: its first line, after any heart-beat newlines before it. */
    static String command(CharSequence frame, int start) {
        int end = indexOf(frame, '\n', start);
        return frame.subSequence(start, end < 0 ? frame.length() : end).toString();
    }

    /** The value of one header, or null; STOMP's first occurrence wins. */
    static String header(String frame, String name) {
        int headersEnd = frame.indexOf("\n\n");
        int at = frame.indexOf("\n" + name + ":");
        if (at < 0 || (headersEnd >= 0 && at > headersEnd)) {
            return null;
        }
        int valueStart = at + name.length() + 2;
        int valueEnd = frame.indexOf('\n', valueStart);
        return frame.substring(valueStart, valueEnd < 0 ? frame.length() : valueEnd);
    }

    /** Where the body starts, or -1. */
    static int bodyStart(String frame) {
        int headersEnd = frame.indexOf("\n\n");
        return headersEnd < 0 ? -1 : headersEnd + 2;
    }

    /**
     * The number after the first {@code key} (such as {@code "position":}) at or after {@code from}. In a
     * {@code BoardUpdate} the update's own fields come before its sections, so the first is the update's.
     */
    static long firstLong(String json, String key, int from) {
        int at = json.indexOf(key, from);
        if (at < 0) {
            throw new IllegalArgumentException("No " + key + " in " + abbreviate(json));
        }
        int i = at + key.length();
        while (i < json.length() && json.charAt(i) == ' ') {
            i++;
        }
        boolean negative = i < json.length() && json.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < json.length() && Character.isDigit(json.charAt(i))) {
            value = value * 10 + (json.charAt(i++) - '0');
            digits++;
        }
        if (digits == 0) {
            throw new IllegalArgumentException("No number after " + key + " in " + abbreviate(json));
        }
        return negative ? -value : value;
    }

    /** The string after the first {@code key} (such as {@code "at":"}) at or after {@code from}, up to its quote. */
    static String firstString(String json, String key, int from) {
        int at = json.indexOf(key, from);
        if (at < 0) {
            throw new IllegalArgumentException("No " + key + " in " + abbreviate(json));
        }
        int start = at + key.length();
        return json.substring(start, json.indexOf('"', start));
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static int indexOf(CharSequence text, char c, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
