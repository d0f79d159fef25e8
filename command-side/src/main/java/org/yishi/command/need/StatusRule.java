package org.yishi.command.need;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.need.NeedStatus;

/** A need moves one step at a time: recorded, matched, in service, done, evaluated. */
final class StatusRule {

    private StatusRule() {
    }

    static void checkAdvance(NeedStatus from, NeedStatus to) {
        if (next(from) != to) {
            throw new Rejection("需求当前为“" + from.chinese() + "”，不能改为“" + to.chinese() + "”",
                                "A need that is " + from.english() + " cannot become " + to.english());
        }
    }

    static void requireOpen(NeedStatus status, String chinese, String english) {
        if (!status.open()) {
            throw new Rejection("需求已" + status.chinese().substring(1) + "，不能再" + chinese,
                                "A need that is " + status.english() + " cannot be " + english);
        }
    }

    private static NeedStatus next(NeedStatus from) {
        return switch (from) {
            case RECORDED -> NeedStatus.MATCHED;
            case MATCHED -> NeedStatus.IN_SERVICE;
            case IN_SERVICE -> NeedStatus.DONE;
            case DONE -> NeedStatus.EVALUATED;
            case EVALUATED, CLOSED, MERGED -> null;
        };
    }
}
