package org.yishi.command.motion;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.text.CommandText;

/**
 * Consent: the motion passes unless someone objects. An objection must say why, in at most 200 characters, and the
 * reasons are shown with the result; consenting needs no reason, and none is kept.
 */
final class ConsentRule {

    static final int MAX_REASON = 200;

    private ConsentRule() {
    }

    /** The reason to record with {@code option}: the objection's own, trimmed; null for any other answer. */
    static String reason(String option, String reason) {
        if (!MotionOption.OBJECT.equals(option)) {
            return null;
        }
        String text = CommandText.optional(reason, MAX_REASON, "异议理由", "The reason for an objection");
        if (text == null) {
            throw new Rejection("提出异议须说明理由", "An objection must give a reason");
        }
        return text;
    }

    static boolean passes(int objections) {
        return objections == 0;
    }
}
