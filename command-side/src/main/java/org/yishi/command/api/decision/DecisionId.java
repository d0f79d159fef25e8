package org.yishi.command.api.decision;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.SessionId;

/** Identifies one decision (决议). */
public record DecisionId(String value) {

    public DecisionId {
        if (value == null || value.isBlank()) {
            throw new Rejection("决议编号不能为空", "A decision id is required");
        }
    }

    /** The decision a passed motion becomes: one per motion, so recording it again finds it there. */
    public static DecisionId ofMotion(MotionId motion) {
        return new DecisionId("motion-" + motion.value());
    }

    /** The decision a session item's recommendation becomes: one per item. */
    public static DecisionId ofItem(SessionId session, AgendaItemId item) {
        return new DecisionId("item-" + session.value() + "-" + item.value());
    }

    /** Axon names the aggregate by its identifier's text, so this is the bare value. */
    @Override
    public String toString() {
        return value;
    }
}
