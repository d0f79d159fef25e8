package org.yishi.command.session;

import org.yishi.command.api.Rejection;

/** A position's reason is short, so that a board can show the latest ones: at most 200 characters, may be empty. */
final class PositionRule {

    static final int MAX_REASON = 200;

    private PositionRule() {
    }

    /** The reason as stored: trimmed, empty when none was given. */
    static String reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.codePointCount(0, text.length()) > MAX_REASON) {
            throw new Rejection("理由不能超过" + MAX_REASON + "个字", "A reason has at most " + MAX_REASON + " characters");
        }
        return text;
    }
}
